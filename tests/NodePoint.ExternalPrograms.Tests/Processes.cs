namespace NodePoint.ExternalPrograms.Tests;

/// <summary>Asks the kernel whether a process id still runs.</summary>
internal static class Processes
{
    /// <summary>True while <paramref name="pid"/> exists and is not a zombie waiting for its parent to collect it.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[stat.LastIndexOf(')') + 2];
            return state is not ('Z' or 'X');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Waits a little for <paramref name="pid"/> to end, as a kill takes effect asynchronously.</summary>
    public static async Task<bool> EndsAsync(int pid)
    {
        for (var i = 0; i < 40 && IsRunning(pid); i++)
            await Task.Delay(50);
        return !IsRunning(pid);
    }

    public static int ReadPid(string path) => int.Parse(File.ReadAllText(path).Trim());
}

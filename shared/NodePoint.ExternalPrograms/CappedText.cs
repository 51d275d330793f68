using System.Text;

namespace NodePoint.ExternalPrograms;

/// <summary>Reads a program's output stream to its end, keeping only the beginning.</summary>
internal static class CappedText
{
    public const string CutMarker = "\n[cut]";

    /// <summary>
    /// Keeps the first <paramref name="limit"/> characters but reads on to the end: a program blocked on a full pipe
    /// would otherwise look like a hung one. Stops early, returning what it has, when <paramref name="stop"/> fires or the
    /// stream is closed under it.
    /// </summary>
    public static async Task<string> ReadAsync(StreamReader reader, int limit, CancellationToken stop)
    {
        var text = new StringBuilder();
        var cut = false;
        var buffer = new char[4096];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer, stop)) > 0)
            {
                var kept = Math.Min(read, limit - text.Length);
                text.Append(buffer, 0, kept);
                cut |= kept < read;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Abandoned because a process the program left behind still holds the pipe: what arrived is all there is.
        }
        return cut ? text.Append(CutMarker).ToString() : text.ToString();
    }
}

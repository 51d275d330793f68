using System.Diagnostics;
using NodePoint.Abstractions.Seeding;

namespace NodePoint.Host.Cli;

/// <summary>A one-line progress bar with the rate, redrawn at most ten times a second; a finished step keeps its line.</summary>
internal sealed class ConsoleProgress(TextWriter output) : ISeedProgress
{
    private const int Width = 30;
    private readonly Stopwatch _clock = new();
    private readonly Stopwatch _redraw = new();
    private string _step = "";
    private long _total;
    private long _done;

    public void Start(string step, long total)
    {
        (_step, _total, _done) = (step, Math.Max(total, 1), 0);
        _clock.Restart();
        _redraw.Restart();
        Draw();
    }

    public void Advance(long done)
    {
        _done = Math.Min(_total, _done + done);
        if (_redraw.ElapsedMilliseconds >= 100)
        {
            Draw();
            _redraw.Restart();
        }
    }

    public void Finish()
    {
        _done = _total;
        Draw();
        output.WriteLine();
    }

    private void Draw()
    {
        var filled = (int)(Width * _done / _total);
        var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        output.Write($"\r{_step,-14} [{new string('#', filled)}{new string('.', Width - filled)}] {_done,12:N0}/{_total:N0}  {rate,10:N0}/s  {_clock.Elapsed:mm\\:ss}");
        output.Flush();
    }
}

namespace Mesa.DataGenerator;

/// <summary>One console line that says how far the work is, how fast it goes and when it will end.</summary>
public sealed class Progress(int total, bool quiet, TimeProvider clock)
{
    private readonly long _started = clock.GetTimestamp();
    private long _lastDrawn;

    public void Report(int done)
    {
        if (quiet) return;
        var now = clock.GetTimestamp();
        if (done < total && clock.GetElapsedTime(_lastDrawn, now) < TimeSpan.FromMilliseconds(250)) return;
        _lastDrawn = now;
        var elapsed = clock.GetElapsedTime(_started, now);
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var left = TimeSpan.FromSeconds((total - done) / Math.Max(rate, 0.001));
        const int width = 30;
        var filled = (int)(width * (double)done / total);
        Console.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done:N0}/{total:N0} tickets " +
                      $"{rate:N0}/s, {elapsed:mm\\:ss} elapsed, {left:mm\\:ss} left   ");
        if (done >= total) Console.WriteLine();
    }
}

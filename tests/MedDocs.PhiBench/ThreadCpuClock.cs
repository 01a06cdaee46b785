using System.Runtime.InteropServices;

/// <summary>
/// The calling thread's CPU time in nanoseconds (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): on a machine shared with
/// builds, what one thread spent, not what the wall clock saw; /proc's figures count only 10 ms ticks.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Milliseconds of this thread's CPU, or NaN where the clock is not available (not Linux).</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return double.NaN;
        }
        return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
    }
}

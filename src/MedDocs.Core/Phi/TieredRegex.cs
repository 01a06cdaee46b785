using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// A pattern that starts interpreted and becomes compiled once the process has scanned enough text to pay for it.
/// Building every pattern with <see cref="RegexOptions.Compiled"/> cost about a second before the first finding
/// (Reflection.Emit + JIT), which a one-shot CLI call on one note pays in full; interpreted patterns build in
/// microseconds and are fast enough for a few notes. After <see cref="CompileAfterChars"/> characters the compiled
/// versions are built on a thread-pool thread and swapped in. Both forms give the same matches, so the swap is
/// invisible apart from speed: the only state is this cache, like the Regex class's own.
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>Text scanned (all engines, all threads) before the compiled patterns are built: ~250 clinical notes.</summary>
    public const long CompileAfterChars = 256 * 1024;

    private static readonly List<TieredRegex> All = [];
    private static long _scannedChars;
    private static int _compileStarted;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly Lazy<Regex> _interpreted;
    private volatile Regex? _compiled;

    public TieredRegex(string pattern, RegexOptions options)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _interpreted = new Lazy<Regex>(() => new Regex(_pattern, _options), LazyThreadSafetyMode.ExecutionAndPublication);
        lock (All)
        {
            All.Add(this);
        }
        // Built after the switch (a class first used once compiling had started, e.g. by a first text longer than
        // CompileAfterChars): compile it too, or it would stay interpreted for the life of the process.
        if (Volatile.Read(ref _compileStarted) != 0)
        {
            _ = Task.Run(Compile);
        }
    }

    private void Compile() => _compiled ??= new Regex(_pattern, _options | RegexOptions.Compiled);

    /// <summary>The compiled pattern when ready, else the interpreted one (built on first use).</summary>
    public Regex Current => _compiled ?? _interpreted.Value;

    /// <summary>Counts scanned text; the first call past the threshold starts compiling every pattern in the background.</summary>
    public static void NoteScanned(int chars)
    {
        if (Volatile.Read(ref _compileStarted) != 0 || Interlocked.Add(ref _scannedChars, chars) < CompileAfterChars
            || Interlocked.Exchange(ref _compileStarted, 1) != 0)
        {
            return;
        }
        _ = Task.Run(CompileAll);
    }

    /// <summary>Builds the compiled forms now (benchmarks call it to measure steady-state speed).</summary>
    public static void CompileAll()
    {
        Interlocked.Exchange(ref _compileStarted, 1);
        TieredRegex[] patterns;
        lock (All)
        {
            patterns = [.. All];
        }
        foreach (var pattern in patterns)
        {
            pattern.Compile();
        }
        // The hand-written label matcher that takes over from the label patterns on ASCII texts is built at the same point.
        LabelledIdentifierMatcher.Build();
    }
}

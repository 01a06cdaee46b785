using System.Collections.Concurrent;

namespace MedDocs.Simulator;

/// <summary>Counts of what the server was asked, so tests and benchmarks can count model calls. Thread-safe.</summary>
public sealed class SimulatorStats
{
    private readonly ConcurrentDictionary<string, long> byPath = new(StringComparer.Ordinal);
    private long chat;
    private long chatStream;
    private long embeddings;
    private long embeddingInputs;
    private long models;
    private long other;
    private long errors;
    private int currentConcurrency;
    private int maxConcurrency;
    private int currentInFlight;
    private int maxInFlight;

    /// <summary>Generations running right now (holding a slot).</summary>
    public int CurrentConcurrency => Volatile.Read(ref currentConcurrency);

    /// <summary>Generation requests received and not yet answered, queued for a slot or holding one.</summary>
    public int CurrentInFlight => Volatile.Read(ref currentInFlight);

    public SimulatorStatsSnapshot Snapshot() => new(
        Interlocked.Read(ref chat),
        Interlocked.Read(ref chatStream),
        Interlocked.Read(ref embeddings),
        Interlocked.Read(ref embeddingInputs),
        Interlocked.Read(ref models),
        Interlocked.Read(ref other),
        Interlocked.Read(ref errors),
        Volatile.Read(ref maxConcurrency),
        new SortedDictionary<string, long>(byPath, StringComparer.Ordinal),
        Volatile.Read(ref maxInFlight));

    /// <summary>Zeroes every counter; generations still running keep counting toward the new maximum.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref chat, 0);
        Interlocked.Exchange(ref chatStream, 0);
        Interlocked.Exchange(ref embeddings, 0);
        Interlocked.Exchange(ref embeddingInputs, 0);
        Interlocked.Exchange(ref models, 0);
        Interlocked.Exchange(ref other, 0);
        Interlocked.Exchange(ref errors, 0);
        Interlocked.Exchange(ref maxConcurrency, Volatile.Read(ref currentConcurrency));
        Interlocked.Exchange(ref maxInFlight, Volatile.Read(ref currentInFlight));
        byPath.Clear();
    }

    internal void CountPath(string method, string path) => byPath.AddOrUpdate($"{method} {path}", 1, static (_, n) => n + 1);

    internal void CountChat(bool stream) => Interlocked.Increment(ref stream ? ref chatStream : ref chat);

    internal void CountEmbeddings(int inputs)
    {
        Interlocked.Increment(ref embeddings);
        Interlocked.Add(ref embeddingInputs, inputs);
    }

    internal void CountModels() => Interlocked.Increment(ref models);

    internal void CountOther() => Interlocked.Increment(ref other);

    internal void CountError() => Interlocked.Increment(ref errors);

    internal void EnterGeneration() => RaiseMaximum(ref maxConcurrency, Interlocked.Increment(ref currentConcurrency));

    internal void ExitGeneration() => Interlocked.Decrement(ref currentConcurrency);

    /// <summary>A generation request arrived (before it waits for a slot): what a client has on the wire to this server.</summary>
    internal void EnterRequest() => RaiseMaximum(ref maxInFlight, Interlocked.Increment(ref currentInFlight));

    internal void ExitRequest() => Interlocked.Decrement(ref currentInFlight);

    private static void RaiseMaximum(ref int maximum, int now)
    {
        int seen = Volatile.Read(ref maximum);
        while (now > seen)
        {
            int previous = Interlocked.CompareExchange(ref maximum, now, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }
}

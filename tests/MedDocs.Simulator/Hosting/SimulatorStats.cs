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

    /// <summary>Generations running right now (holding a slot).</summary>
    public int CurrentConcurrency => Volatile.Read(ref currentConcurrency);

    public SimulatorStatsSnapshot Snapshot() => new(
        Interlocked.Read(ref chat),
        Interlocked.Read(ref chatStream),
        Interlocked.Read(ref embeddings),
        Interlocked.Read(ref embeddingInputs),
        Interlocked.Read(ref models),
        Interlocked.Read(ref other),
        Interlocked.Read(ref errors),
        Volatile.Read(ref maxConcurrency),
        new SortedDictionary<string, long>(byPath, StringComparer.Ordinal));

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

    internal void EnterGeneration()
    {
        int now = Interlocked.Increment(ref currentConcurrency);
        int seen = Volatile.Read(ref maxConcurrency);
        while (now > seen)
        {
            int previous = Interlocked.CompareExchange(ref maxConcurrency, now, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }

    internal void ExitGeneration() => Interlocked.Decrement(ref currentConcurrency);
}

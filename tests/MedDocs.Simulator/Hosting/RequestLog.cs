namespace MedDocs.Simulator;

/// <summary>The most recent requests (bounded), oldest first.</summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly Queue<RecordedRequest> entries = new();
    private readonly int capacity;

    public RequestLog(int capacity)
    {
        this.capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
        }
    }

    public void Add(RecordedRequest request)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (gate)
        {
            while (entries.Count >= capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(request);
        }
    }
}

namespace MedDocs.Simulator;

/// <summary>The downloaded models of the simulated server. Thread-safe: tests change it while requests run.</summary>
public sealed class ModelCatalog
{
    private readonly Lock gate = new();
    private List<SimulatedModel> models;

    public ModelCatalog(IEnumerable<SimulatedModel> initial)
    {
        models = [.. initial];
    }

    /// <summary>A snapshot of the catalog in listing order.</summary>
    public IReadOnlyList<SimulatedModel> All
    {
        get
        {
            lock (gate)
            {
                return [.. models];
            }
        }
    }

    public void Replace(IEnumerable<SimulatedModel> replacement)
    {
        List<SimulatedModel> copy = [.. replacement];
        lock (gate)
        {
            models = copy;
        }
    }

    /// <summary>Adds the model, or replaces the one with the same id.</summary>
    public void Upsert(SimulatedModel model)
    {
        lock (gate)
        {
            int index = models.FindIndex(m => SameId(m.Id, model.Id));
            if (index >= 0)
            {
                models[index] = model;
            }
            else
            {
                models.Add(model);
            }
        }
    }

    public bool Remove(string id)
    {
        lock (gate)
        {
            return models.RemoveAll(m => SameId(m.Id, id)) > 0;
        }
    }

    public SimulatedModel? Find(string id)
    {
        lock (gate)
        {
            return models.Find(m => SameId(m.Id, id));
        }
    }

    /// <summary>Loads or unloads a model (as <c>lms load</c> / JIT loading would). Returns false for an unknown id.</summary>
    public bool SetLoaded(string id, bool loaded, int? contextLength = null)
    {
        lock (gate)
        {
            int index = models.FindIndex(m => SameId(m.Id, id));
            if (index < 0)
            {
                return false;
            }

            SimulatedModel current = models[index];
            models[index] = current with
            {
                Loaded = loaded,
                LoadedContextLength = loaded ? contextLength ?? current.LoadedContextLength : current.LoadedContextLength,
            };
            return true;
        }
    }

    public void UnloadAll()
    {
        lock (gate)
        {
            models = models.ConvertAll(m => m with { Loaded = false });
        }
    }

    // LM Studio matches identifiers case-insensitively.
    private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

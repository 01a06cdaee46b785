namespace MedDocs.Simulator;

/// <summary>Finds the model a request names, loading it just in time the way LM Studio (JIT on) and Ollama do.</summary>
internal static class ModelResolver
{
    public static (SimulatedModel? Model, SimulatedError? Error) ForChat(SimulatorState state, string requested) =>
        Resolve(state, requested, embeddings: false);

    public static (SimulatedModel? Model, SimulatedError? Error) ForEmbeddings(SimulatorState state, string requested) =>
        Resolve(state, requested, embeddings: true);

    private static (SimulatedModel?, SimulatedError?) Resolve(SimulatorState state, string requested, bool embeddings)
    {
        ErrorCatalog errors = state.Errors;
        if (state.Faults.NoModelLoaded)
        {
            return (null, errors.NoModelsLoaded());
        }

        IReadOnlyList<SimulatedModel> all = state.Models.All;
        bool Fits(SimulatedModel m) => embeddings ? m.Type == SimulatedModelType.Embeddings : m.IsGenerative;

        if (state.Kind == SimulatorKind.LlamaCpp)
        {
            // llama-server serves its one model whatever "model" a request names; --embeddings decides what it does.
            SimulatedModel? only = all.Count > 0 ? all[0] : null;
            if (only is null)
            {
                return (null, errors.NoModelsLoaded());
            }

            return Fits(only) ? (only, null) : (null, embeddings ? errors.NotEmbeddingModel(only.Id) : errors.NotChatModel(only.Id));
        }

        if (string.IsNullOrWhiteSpace(requested))
        {
            if (state.Kind != SimulatorKind.LMStudio)
            {
                return (null, errors.ModelRequired());
            }

            // LM Studio answers with whatever suitable model is loaded when the request names none.
            SimulatedModel? loaded = all.FirstOrDefault(m => m.Loaded && Fits(m));
            return loaded is null ? (null, errors.NoModelsLoaded()) : (loaded, null);
        }

        SimulatedModel? model = state.Models.Find(requested);
        if (model is null)
        {
            return (null, errors.ModelNotFound(requested, all.Where(Fits).Select(m => m.Id)));
        }

        if (!Fits(model))
        {
            return (null, embeddings ? errors.NotEmbeddingModel(model.Id) : errors.NotChatModel(model.Id));
        }

        if (model.Loaded)
        {
            return (model, null);
        }

        if (state.Kind == SimulatorKind.LMStudio && !state.Faults.JitLoading)
        {
            List<string> loadedIds = [.. all.Where(m => m.Loaded && Fits(m)).Select(m => m.Id)];
            return (null, loadedIds.Count == 0 ? errors.NoModelsLoaded() : errors.ModelNotFound(requested, loadedIds));
        }

        state.Models.SetLoaded(model.Id, loaded: true);
        return (state.Models.Find(model.Id) ?? model, null);
    }
}

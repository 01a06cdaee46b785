namespace MedDocs.Simulator;

/// <summary>Model kinds as LM Studio's <c>/api/v0/models</c> reports them ("llm", "vlm", "embeddings").</summary>
public enum SimulatedModelType
{
    Llm,
    Vlm,
    Embeddings,
}

namespace MedDocs.Simulator;

/// <summary>A parsed embeddings request.</summary>
internal sealed record EmbeddingsRequest(string Model, IReadOnlyList<string> Inputs, bool Base64, int? Dimensions);

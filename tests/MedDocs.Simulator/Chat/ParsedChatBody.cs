using System.Text.Json;

namespace MedDocs.Simulator;

/// <summary>A parsed chat body before the model is resolved.</summary>
internal sealed record ParsedChatBody(
    string Model,
    IReadOnlyList<SimulatedMessage> Messages,
    JsonElement? Schema,
    string? SchemaName,
    string? ResponseFormatType,
    int? MaxTokens,
    double? Temperature,
    bool Stream,
    bool IncludeUsage);

using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>What the simulated model says when no test scripted an answer: a schema-valid JSON instance
/// when a schema was requested, a small JSON object for json_object mode, else a short sentence.
/// Everything derives from the last user message, so answers are repeatable.</summary>
internal static class DefaultResponder
{
    public static string Respond(SimulatedChatRequest request)
    {
        string seed = request.LastUserText;
        if (request.Schema is { } schema)
        {
            return SchemaInstanceGenerator.Generate(schema, seed, request.NumberRangesEnforced, request.FullAnswers)?.ToJsonString(SimulatorJson.Options) ?? "null";
        }

        string sentence = $"Simulated answer {StableHash.Of(seed) % 0xFFFFFF:x6} from {request.Model} to a {seed.Length}-character message.";
        return request.ResponseFormatType == "json_object"
            ? new JsonObject { ["answer"] = sentence }.ToJsonString(SimulatorJson.Options)
            : sentence;
    }
}

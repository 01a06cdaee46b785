using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedDocs.Simulator;

/// <summary>JSON settings matching what the real servers emit: quotes as \" and non-ASCII text unescaped, not \u0022.</summary>
internal static class SimulatorJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

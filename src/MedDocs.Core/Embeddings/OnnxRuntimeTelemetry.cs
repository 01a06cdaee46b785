using System.Runtime.InteropServices;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// ONNX Runtime's Linux and macOS builds queue usage events (process name, OS, CPU, a device id — no document data)
/// for Microsoft's collector as soon as their environment is created, unless ORT_DISABLE_TELEMETRY is set; Windows
/// builds log through ETW until told otherwise. MedDocs promises that nothing leaves the machine, so the variable is
/// set before ONNX Runtime loads (natively too: .NET keeps its own copy of the environment on Unix) and telemetry is
/// switched off once the environment exists.
/// </summary>
internal static class OnnxRuntimeTelemetry
{
    private const string Variable = "ORT_DISABLE_TELEMETRY";

    /// <summary>Call before the first ONNX Runtime type is used. Leaves a value the user set alone.</summary>
    public static void DisableBeforeLoad()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not null)
        {
            return;
        }
        Environment.SetEnvironmentVariable(Variable, "1");
        if (!OperatingSystem.IsWindows())
        {
            _ = SetNativeVariable(NullTerminated(Variable), NullTerminated("1"), 0);
        }
    }

    // DllImport rather than LibraryImport: the generated stub needs unsafe code, which the project does not allow.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetNativeVariable(byte[] name, byte[] value, int overwrite);
#pragma warning restore SYSLIB1054

    private static byte[] NullTerminated(string text) => System.Text.Encoding.UTF8.GetBytes(text + "\0");
}

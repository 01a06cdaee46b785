namespace MedDocs.Core.Tests.Documents;

/// <summary>A scratch folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "meddocs-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Write(string name, string utf8Text) => Write(name, System.Text.Encoding.UTF8.GetBytes(utf8Text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

internal static class Samples
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "samples");

    public static string PathOf(string name) => System.IO.Path.Combine(Folder, name);
}

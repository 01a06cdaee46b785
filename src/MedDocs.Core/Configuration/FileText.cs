namespace MedDocs.Core.Configuration;

/// <summary>Reads a settings file, turning I/O failures into a <see cref="SettingsException"/> that names the file.</summary>
internal static class FileText
{
    // Synchronous on purpose: SettingsLoader.Load is synchronous and these files are a few hundred bytes.
    public static string Read(string path, SettingSource source, string setting)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var kind = source == SettingSource.DotEnv ? ".env file" : "config file";
            throw new SettingsException(setting, source, path,
                $"Cannot read {kind} {path}: {exception.Message} Check that the file exists and is readable.");
        }
    }
}

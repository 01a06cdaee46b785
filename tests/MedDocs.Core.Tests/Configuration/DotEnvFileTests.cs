using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class DotEnvFileTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void ReadsCommentsBlankLinesExportAndQuotes()
    {
        sandbox.WriteDotEnv("""
            # MedDocs on the clinic laptop

            export LLM_PROVIDER=lmstudio
            LMSTUDIO_MODEL="qwen2.5-7b-instruct"   # the fast one
            OLLAMA_MODEL='llama3.2:3b'
            MEDDOCS_VISION_MODEL = qwen2-vl-7b-instruct # inline comment after a space
            MEDDOCS_EMBEDDING_MODEL=nomic#embed
              MEDDOCS_MAX_TOKENS=1024
            MEDDOCS_MODEL="say \"hi\""
            UNRELATED_TOOL_SETTING=whatever
            """.Replace("\n", "\r\n", StringComparison.Ordinal));

        var settings = sandbox.Load().Settings;

        Assert.Equal(ProviderKind.LMStudio, settings.Provider);
        Assert.Equal("qwen2.5-7b-instruct", settings.LMStudioModel);
        Assert.Equal("llama3.2:3b", settings.OllamaModel);
        Assert.Equal("qwen2-vl-7b-instruct", settings.VisionModel);
        Assert.Equal("nomic#embed", settings.EmbeddingModel);
        Assert.Equal(1024, settings.MaxTokens);
        Assert.Equal("say \"hi\"", settings.Model);
    }

    [Fact]
    public void LaterLineWins()
    {
        sandbox.WriteDotEnv("MEDDOCS_THROTTLE_LIMIT=2\nMEDDOCS_THROTTLE_LIMIT=6\n");

        Assert.Equal(6, sandbox.Load().Settings.ThrottleLimit);
    }

    [Fact]
    public void QuotedEmptyValueIsUnset()
    {
        sandbox.WriteDotEnv("MEDDOCS_MODEL=\"\"\n");

        Assert.Equal(nameof(SettingSource.Default), sandbox.Load().Find("Model")!.Source);
    }

    [Theory]
    [InlineData("just some words", 2)]
    [InlineData("=value-without-name", 2)]
    [InlineData("MY-VAR=1", 2)]
    [InlineData("MEDDOCS_MODEL=\"unterminated", 2)]
    [InlineData("MEDDOCS_MODEL='a' trailing", 2)]
    public void MalformedLineNamesFileAndLineNumber(string badLine, int expectedLine)
    {
        var path = sandbox.WriteDotEnv("# first line is fine\n" + badLine + "\nMEDDOCS_MODEL=x\n");

        var error = sandbox.LoadFails();

        Assert.Contains($".env file {path}, line {expectedLine} ", error.Message, StringComparison.Ordinal);
        Assert.Equal(SettingSource.DotEnv, error.SettingSource);
        Assert.Equal(path, error.Origin);
    }

    [Fact]
    public void MalformedLineIsNotQuotedBackBecauseItMayHoldASecret()
    {
        sandbox.WriteDotEnv("OPENAI_API_KEY sk-live-secretvalue123\n");

        var error = sandbox.LoadFails();

        Assert.DoesNotContain("secretvalue123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidValueInDotEnvNamesVariableFileAndLine()
    {
        var path = sandbox.WriteDotEnv("\n\nMEDDOCS_TIMEOUT_SEC=ten\n");

        var error = sandbox.LoadFails();

        Assert.Equal($"Invalid setting TimeoutSec: MEDDOCS_TIMEOUT_SEC (.env file {path}, line 3) is 'ten': allowed range is 1 to 86,400 (whole number).", error.Message);
    }
}

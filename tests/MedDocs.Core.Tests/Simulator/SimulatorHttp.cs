using System.Net;
using System.Text;
using System.Text.Json;

namespace MedDocs.Core.Tests.Simulator;

/// <summary>Plain HttpClient calls against a running simulator, returning status and parsed body.</summary>
internal sealed class SimulatorHttp : IDisposable
{
    private readonly HttpClient http;

    public SimulatorHttp(Uri baseUrl, string? apiKey = null, TimeSpan? timeout = null)
    {
        http = new HttpClient { BaseAddress = baseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }
    }

    public HttpClient Client => http;

    public async Task<HttpReply> GetAsync(string path)
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return await HttpReply.ReadAsync(response);
    }

    public async Task<HttpReply> PostAsync(string path, string json)
    {
        using StringContent content = new(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        return await HttpReply.ReadAsync(response);
    }

    public Task<HttpReply> ChatAsync(string userText, string model = "qwen2.5-7b-instruct", string extra = "") =>
        PostAsync("v1/chat/completions", $$"""{"model":"{{model}}","messages":[{"role":"user","content":{{JsonSerializer.Serialize(userText)}}}]{{extra}}}""");

    public void Dispose() => http.Dispose();
}

/// <summary>A response read to the end.</summary>
internal sealed record HttpReply(HttpStatusCode Status, string Text, string? ContentType, HttpResponseHeadersSnapshot Headers)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    /// <summary>The assistant content of a chat completion.</summary>
    public string Content => Json.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;

    /// <summary>The error message in either form: {"error":"text"} or {"error":{"message":…}}.</summary>
    public string ErrorMessage
    {
        get
        {
            JsonElement error = Json.GetProperty("error");
            return error.ValueKind == JsonValueKind.String ? error.GetString()! : error.GetProperty("message").GetString()!;
        }
    }

    public static async Task<HttpReply> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        await response.Content.ReadAsStringAsync(),
        response.Content.Headers.ContentType?.MediaType,
        new HttpResponseHeadersSnapshot(response.Headers.RetryAfter?.Delta));
}

internal sealed record HttpResponseHeadersSnapshot(TimeSpan? RetryAfter);

namespace MedDocs.Core.Providers;

/// <summary>An image attached to a chat message (e.g. a scanned page for the vision model).</summary>
public sealed record ChatImage(string MediaType, byte[] Data);

/// <summary>One message of a chat request: role ("system", "user", "assistant"), text and optional images.</summary>
public sealed record ChatMessage(string Role, string Text, IReadOnlyList<ChatImage>? Images = null)
{
    public static ChatMessage System(string text) => new("system", text);
    public static ChatMessage User(string text, IReadOnlyList<ChatImage>? images = null) => new("user", text, images);
}

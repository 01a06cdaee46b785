using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Categorization;

/// <summary>
/// The operation behind Get-DocumentCategory / meddocs categorize: one document in, one <see cref="CategoryResult"/> out.
/// The cascade (engine Auto) lets the builtin rules decide clear cases without a model call and asks the model
/// only when the rules are unsure; scanned documents without a text layer go to the vision model as page images.
/// Long documents are cut to the model's context. Thread-safe: one instance serves a whole batch.
/// </summary>
public sealed class CategorizeOperation : IDocumentOperation<CategoryResult>
{
    /// <summary>Below this many non-blank characters a scanned document counts as having no text layer.</summary>
    public const int MinTextChars = 100;

    /// <summary>Page images sent for a scanned document (the first pages say what it is).</summary>
    public const int MaxImages = 2;

    private readonly CategorizeOptions _options;
    private readonly ResolvedProvider _provider;
    private readonly MedDocsSettings _settings;
    private readonly DocumentLoader _loader;
    private readonly CategoryRulesEngine _rules;
    private readonly CategoryPrompt _prompt;
    private readonly CachedChat? _client;

    /// <param name="cache">The result cache to answer repeated requests from (null: every request is sent).</param>
    /// <exception cref="LlmException">Engine Llm was asked for, but no model server is in use (NoServer).</exception>
    public CategorizeOperation(CategorizeOptions options, ResolvedProvider provider, MedDocsSettings settings, DocumentLoader loader, ResultCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loader);
        if (options.Engine == CategorizationEngine.Llm && provider.IsBuiltin)
        {
            throw new LlmException(LlmErrorKind.NoServer, null,
                "Engine Llm needs a model server, but the builtin provider is in use (no server answered or provider builtin was chosen).",
                HostMessage.Of($"Start LM Studio (`lms server start`) or Ollama, or use {HostOption.Parameter("Engine", "Auto")} or {HostOption.Parameter("Engine", "Rules")} to categorize with the rules engine."));
        }
        _options = options;
        _provider = provider;
        Cache = cache;
        _settings = settings;
        _loader = loader;
        _rules = new CategoryRulesEngine(options.Categories);
        _prompt = new CategoryPrompt(options.Categories);
        // Rules-only runs never contact the server, even when one was resolved.
        _client = provider.Target is { } target && options.Engine != CategorizationEngine.Rules
            ? new CachedChat(new LlmClient(target, LlmClientOptions.From(settings)), cache)
            : null;
    }

    /// <summary>The result cache the model's answers come from (null: none); disposing the operation closes it.</summary>
    public ResultCache? Cache { get; }

    /// <summary>The prompt and schema sent to the model (tests and -WhatIf style inspection).</summary>
    public CategoryPrompt Prompt => _prompt;

    /// <summary>Loads the source and categorizes it.</summary>
    /// <exception cref="DocumentException">The file could not be read.</exception>
    /// <exception cref="LlmException">Engine Llm (or a document without any rules cue): the model server failed or its answer did
    /// not validate twice. With engine Auto the rules' best guess is returned instead, with <see cref="CategoryResult.ModelError"/> set.</exception>
    /// <exception cref="MedDocsException">A scanned document and no vision model (or no server) to read it.</exception>
    public async Task<CategoryResult> RunAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var watch = Stopwatch.StartNew();
        var document = await _loader.LoadAsync(source, cancellationToken).ConfigureAwait(false);
        return await RunAsync(document, watch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Categorizes a document already loaded.</summary>
    public Task<CategoryResult> RunAsync(Document document, CancellationToken cancellationToken) =>
        RunAsync(document, Stopwatch.StartNew(), cancellationToken);

    private async Task<CategoryResult> RunAsync(Document document, Stopwatch watch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fileName = document.Path is null ? null : System.IO.Path.GetFileName(document.Path);
        var verdict = _rules.Decide(fileName, document.Text);
        var sure = verdict.Category is not null && verdict.Confidence >= _options.Threshold;
        var hasNoText = HasNoTextLayer(document);
        // A scan's stamp line ("Filed 03/04/24 … Document 12") can make the rules sure, but the pages are images:
        // the vision model reads them when there is one.
        var visionShouldRead = hasNoText && _client?.Target.VisionModel is not null;
        if (_options.Engine == CategorizationEngine.Rules || (_options.Engine == CategorizationEngine.Auto && sure && !visionShouldRead))
        {
            return FromRules(document, verdict, sure ? null : "below the threshold", watch);
        }

        if (_client is null)
        {
            if (hasNoText)
            {
                throw new MedDocsException("ScannedWithoutServer", ErrorKind.InvalidOperation,
                    $"'{document.DisplayName}' is scanned (no text layer) and no model server answered, so it cannot be categorized here. Start LM Studio with a vision model (LMSTUDIO_VISION_MODEL) and run it again.");
            }
            return FromRules(document, verdict, "no model server to confirm", watch);
        }

        try
        {
            return hasNoText
                ? await AskVisionAsync(document, fileName, watch, cancellationToken).ConfigureAwait(false)
                : await AskTextAsync(document, fileName, watch, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmException ex) when (_options.Engine == CategorizationEngine.Auto && verdict.Category is not null && !cancellationToken.IsCancellationRequested)
        {
            // The server died mid-batch or gave no usable answer: the rules' guess is still worth writing, flagged as such
            // (the host warns); -Engine Llm asked for the model's answer and gets the error instead.
            return FromRules(document, verdict, $"model call failed: {ModelFailure.Describe(ex.Kind)}", watch) with { ModelError = ex.Kind.ToString() };
        }
    }

    private async Task<CategoryResult> AskTextAsync(Document document, string? fileName, Stopwatch watch, CancellationToken cancellationToken)
    {
        var model = _client!.Target.ChatModel;
        var context = _client.Client.ContextFor(model);
        var answerTokens = CategoryPrompt.AnswerTokensFor(context);
        var budget = TokenBudget.InputChars(context, answerTokens, _prompt.FixedCharsFor(context));
        var excerpt = DocumentExcerpt.From(document, budget);
        var request = _prompt.ForText(fileName, document.Pages.Count, excerpt, model, answerTokens, context);
        var answer = await _client.AskAsync(CacheScope.Categorize, request, _prompt.Parse, cancellationToken).ConfigureAwait(false);
        return FromModel(document, answer, CategoryEngines.Llm, watch);
    }

    private async Task<CategoryResult> AskVisionAsync(Document document, string? fileName, Stopwatch watch, CancellationToken cancellationToken)
    {
        var visionModel = _client!.Target.VisionModel ?? throw new MedDocsException("VisionModelMissing", ErrorKind.InvalidOperation,
            $"'{document.DisplayName}' is scanned (no text layer) and no vision model is configured. Set LMSTUDIO_VISION_MODEL (or MEDDOCS_VISION_MODEL) to a vision model the server lists, e.g. qwen2.5-vl-3b-instruct.");
        var images = document.Pages.SelectMany(p => p.Images).Take(MaxImages).Select(i => new ChatImage(i.MediaType, i.Data)).ToList();
        if (images.Count == 0)
        {
            throw new MedDocsException("ScannedWithoutImage", ErrorKind.InvalidData,
                $"'{document.DisplayName}' is scanned (no text layer) but none of its page images is in a format a vision model takes (JPEG or PNG); convert it with OCR first.");
        }
        var request = _prompt.ForImages(fileName, document.Pages.Count, images, visionModel);
        var answer = await _client.AskAsync(CacheScope.Categorize, request, _prompt.Parse, cancellationToken).ConfigureAwait(false);
        return FromModel(document, answer, CategoryEngines.Vision, watch);
    }

    private static bool HasNoTextLayer(Document document)
    {
        if (!document.Scanned)
        {
            return false;
        }
        // A scan's own text is at most a stamp line (an e-filing header): only the other pages' text counts.
        var characters = 0;
        foreach (var page in document.Pages.Where(p => !p.Scanned))
        {
            foreach (var c in page.Text)
            {
                if (!char.IsWhiteSpace(c) && ++characters >= MinTextChars)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static CategoryResult FromRules(Document document, RulesVerdict verdict, string? unsure, Stopwatch watch)
    {
        var category = verdict.Category;
        var reason = verdict.Reason;
        if (unsure is not null)
        {
            // The best guess is still useful for triage; the low confidence and the reason flag it for review.
            reason = category is null
                ? "No category cues found; review by hand."
                : string.Create(CultureInfo.InvariantCulture, $"Unsure ({unsure}): {LowerFirst(reason.TrimEnd('.'))}.");
        }
        return new CategoryResult(NameOf(document), category, verdict.Confidence, reason, CategoryEngines.Rules,
            CategoryEngines.BuiltinProvider, CategoryEngines.RulesModel, document.Pages.Count, watch.ElapsedMilliseconds, NeedsOcr: document.NeedsOcr, Warnings: document.Warnings);
    }

    private CategoryResult FromModel(Document document, CachedAnswer<CategoryAnswer> answer, string engine, Stopwatch watch) =>
        new(NameOf(document), answer.Value.Category, answer.Value.Confidence, answer.Value.Reason, engine,
            _provider.ProviderName, answer.Answer.Model, document.Pages.Count, watch.ElapsedMilliseconds, NeedsOcr: document.NeedsOcr, Warnings: document.Warnings)
        {
            Cached = answer.Cached,
        };

    /// <summary>The file, else the label raw text was given (kept as the title).</summary>
    private static string? NameOf(Document document) => document.Name;

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    public void Dispose() => Cache?.Dispose();
}

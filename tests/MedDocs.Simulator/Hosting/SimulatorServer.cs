using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MedDocs.Simulator;

/// <summary>
/// A loopback stand-in for LM Studio, Ollama or OpenAI that tests and benchmarks talk real HTTP to.
/// <code>
/// await using SimulatorServer server = await SimulatorServer.StartAsync(new SimulatorOptions());
/// server.Faults.FailNextRequests = 1;                       // change behaviour between requests
/// server.Responder = request => "{\"category\":\"Lab\"}"; // script answers
/// long calls = server.Stats.Snapshot().Chat;
/// </code>
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SimulatorState state;
    private int disposed;

    private SimulatorServer(WebApplication app, SimulatorState state, int port)
    {
        this.app = app;
        this.state = state;
        Port = port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        V1 = new Uri(BaseUrl, "v1");
    }

    /// <summary>The server root, e.g. http://127.0.0.1:5199/ (LM Studio's REST API lives under it).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The OpenAI-compatible base, BaseUrl + "v1": what OpenAI clients take as their endpoint.</summary>
    public Uri V1 { get; }

    public int Port { get; }

    public SimulatorOptions Options => state.Options;

    public SimulatorKind Kind => state.Kind;

    public SimulatorFaults Faults => state.Faults;

    public SimulatorStats Stats => state.Stats;

    /// <summary>The downloaded models; change it freely between requests.</summary>
    public ModelCatalog Models => state.Models;

    /// <summary>A snapshot of the most recent API requests with their raw bodies, oldest first
    /// (bounded by <see cref="SimulatorOptions.RequestLogCapacity"/>; /simulator/* calls are not logged).</summary>
    public IReadOnlyList<RecordedRequest> Requests => state.Requests.Snapshot();

    /// <summary>Scripted model: returns the assistant message content for a chat request. Null restores the default
    /// (schema-valid JSON when a schema is requested, else a short sentence). Called on server threads, concurrently.</summary>
    public Func<SimulatedChatRequest, string>? Responder
    {
        get => state.Responder;
        set => state.Responder = value;
    }

    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 512L * 1024 * 1024; // page images travel as base64 in the body
        });
        ConfigureLogging(builder.Logging, options.Standalone);
        if (!options.Standalone)
        {
            builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        }

        // Hung or slow requests must not hold up a test's dispose for the default 30 s.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));

        WebApplication app = builder.Build();
        SimulatorState state = new(options);
        app.Use((context, next) => ApiMiddleware.InvokeAsync(context, next, state));
        ControlRoutes.Map(app, state);
        GenerationRoutes.Map(app, state);
        switch (options.Kind)
        {
            case SimulatorKind.Ollama:
                OllamaRoutes.Map(app, state);
                break;
            case SimulatorKind.OpenAI:
                OpenAiRoutes.Map(app, state);
                break;
            case SimulatorKind.LlamaCpp:
                LlamaCppRoutes.Map(app, state);
                break;
            case SimulatorKind.Vllm:
                VllmRoutes.Map(app, state);
                break;
            default:
                LmStudioRoutes.Map(app, state);
                break;
        }

        UnknownRoute.Map(app, state);

        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            state.Dispose();
            throw;
        }

        Uri bound = new(app.Urls.First());
        return new SimulatorServer(app, state, bound.Port);
    }

    public void ClearRequests() => state.Requests.Clear();

    /// <summary>Waits until the host stops (Ctrl+C in standalone mode).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
            state.Dispose();
        }
    }

    private static void ConfigureLogging(ILoggingBuilder logging, bool standalone)
    {
        logging.ClearProviders();
        if (standalone)
        {
            logging.AddSimpleConsole(console => console.SingleLine = true);
            logging.SetMinimumLevel(LogLevel.Warning);
        }
    }
}

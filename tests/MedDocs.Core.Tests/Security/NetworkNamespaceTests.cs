using System.Diagnostics;
using System.Globalization;

namespace MedDocs.Core.Tests.Security;

/// <summary>
/// Issue 18, items 3–5, end to end: the real `meddocs` binary runs inside a private network namespace where 10.0.0.1
/// exists (on its loopback interface) and a listener there records every TCP connection it accepts; /etc/hosts is
/// replaced in a private mount namespace so that both evil.localhost and localhost itself point at 10.0.0.1. Every
/// command (health, categorize, phi, soap, entities, embed) is pointed at every spelling of that host: the listener
/// must see nothing. Then one allowed command (--allow-remote) must be seen, proving the listener would have noticed.
/// </summary>
public sealed class NetworkNamespaceTests
{
    private const int Port = 18080;
    private const string Key = "sk-meddocs-netns-secret-0123";

    private static readonly string[] Spellings =
    [
        $"http://10.0.0.1:{Port}/v1",
        $"http://0x0a000001:{Port}/v1",
        $"http://167772161:{Port}/v1",
        $"http://[::ffff:10.0.0.1]:{Port}/v1",
        $"http://127.0.0.1@10.0.0.1:{Port}/v1",
        $"http://evil.localhost:{Port}/v1",   // resolves to 10.0.0.1 through the hosts file
        $"http://localhost:{Port}/v1",        // so does localhost itself: caught when the name is resolved at connect
    ];

    private static readonly string[][] Commands =
    [
        ["health"],
        ["categorize", "--engine", "llm", "--text", "IN THE CIRCUIT COURT. Complaint for damages."],
        ["phi", "--engine", "llm", "--text", "Patient Margaret Whitfield, MRN: 48213377."],
        ["soap", "--text", "Doctor: How are you? Patient: Better."],
        ["entities", "--text", "Patient takes metformin 500 mg twice daily."],
        ["embed", "--text", "Progress note: stable."],
        ["embed", "--provider", "openai-compatible", "--text", "Progress note: stable."],
    ];

    [NetworkNamespaceFact]
    public async Task NoCommandConnectsToARefusedHostWhateverItsSpelling()
    {
        using var folder = new Documents.TempFolder();
        var dir = folder.Path;
        var cli = Path.Combine(AppContext.BaseDirectory, "meddocs.dll");
        await File.WriteAllTextAsync(Path.Combine(dir, "hosts"), "10.0.0.1 localhost evil.localhost\n");
        await File.WriteAllTextAsync(Path.Combine(dir, "config.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(dir, "listener.py"), Listener);
        var runs = new List<string>();
        foreach (var url in Spellings)
        {
            foreach (var command in Commands)
            {
                runs.Add(Run(command.Append("--endpoint").Append(url)));
            }
        }
        var script = string.Join('\n',
            "set -u",
            "ip link set lo up && ip addr add 10.0.0.1/32 dev lo && mount --bind \"$DIR/hosts\" /etc/hosts || exit 90",
            $"/usr/bin/python3 \"$DIR/listener.py\" 10.0.0.1 {Port} \"$DIR/accepts.log\" \"$DIR/ready\" & LISTENER=$!",
            "for i in $(seq 100); do [ -e \"$DIR/ready\" ] && break; sleep 0.1; done",
            "run() { dotnet \"$CLI\" \"$@\" --format jsonl >/dev/null 2>>\"$DIR/stderr.log\"; echo \"$? $*\" >> \"$DIR/runs.log\"; }",
            string.Join('\n', runs),
            "cp \"$DIR/accepts.log\" \"$DIR/before-control.log\"",
            Run(["health", "--allow-remote", "--endpoint", $"http://10.0.0.1:{Port}/v1"]),
            "sleep 0.3; kill $LISTENER");
        await File.WriteAllTextAsync(Path.Combine(dir, "script.sh"), script);

        var exit = await RunInNamespaceAsync(dir, cli);

        Assert.Equal(0, exit);
        var before = await File.ReadAllLinesAsync(Path.Combine(dir, "before-control.log"));
        var after = await File.ReadAllLinesAsync(Path.Combine(dir, "accepts.log"));
        var runLog = await File.ReadAllLinesAsync(Path.Combine(dir, "runs.log"));
        var stderr = await File.ReadAllTextAsync(Path.Combine(dir, "stderr.log"));
        Assert.Equal(Spellings.Length * Commands.Length + 1, runLog.Length);
        Assert.True(before.Length == 0, $"{before.Length} connection(s) reached the refused host:\n{string.Join('\n', runLog)}");
        Assert.NotEmpty(after); // the allowed health check was seen: the listener works
        Assert.All(runLog.Take(runLog.Length - 1), line => Assert.False(line.StartsWith("0 ", StringComparison.Ordinal), $"succeeded: {line}"));
        Assert.Contains("Refusing to contact", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, stderr, StringComparison.Ordinal);
    }

    private static string Run(IEnumerable<string> arguments) => "run " + string.Join(' ', arguments.Select(Quote));

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static async Task<int> RunInNamespaceAsync(string dir, string cli)
    {
        var start = new ProcessStartInfo("unshare", ["-rnm", "bash", Path.Combine(dir, "script.sh")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DIR"] = dir;
        start.Environment["CLI"] = cli;
        start.Environment["MEDDOCS_CONFIG"] = Path.Combine(dir, "config.json");
        start.Environment["MEDDOCS_API_KEY"] = Key;
        start.Environment["MEDDOCS_PROBE_TIMEOUT_SEC"] = "2";
        start.Environment["MEDDOCS_TIMEOUT_SEC"] = "5";
        start.Environment["MEDDOCS_MAX_RETRIES"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        _ = await output;
        var stderr = await error;
        Assert.True(process.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"namespace script failed ({process.ExitCode}): {stderr}"));
        return process.ExitCode;
    }

    /// <summary>Accepts connections on the refused address, logs each, answers a minimal model list, and closes.</summary>
    private const string Listener = """
        import socket, sys
        host, port, log, ready = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((host, port))
        server.listen(64)
        open(log, "w").close()
        open(ready, "w").close()
        while True:
            connection, address = server.accept()
            with open(log, "a") as f:
                f.write(address[0] + "\n")
            try:
                connection.settimeout(2)
                connection.recv(65536)
                body = b'{"object":"list","data":[]}'
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
            except OSError:
                pass
            connection.close()
        """;
}

using MedDocs.Simulator;

(SimulatorOptions? options, string? error) = SimulatorArguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return error == SimulatorArguments.Usage ? 0 : 2;
}

await using SimulatorServer server = await SimulatorServer.StartAsync(options);
Console.WriteLine($"MedDocs simulator ({server.Kind}, {options.Slots} slots) listening on {server.BaseUrl} (OpenAI base {server.V1}). Ctrl+C to stop.");
Console.WriteLine($"Stats: curl {server.BaseUrl}simulator/stats   Faults: curl -X POST {server.BaseUrl}simulator/faults -d '{{\"FailNextRequests\":2}}'");
await Task.WhenAny(server.WaitForShutdownAsync(), OwnerExit(options.ExitWithProcessId));
return 0;

// Completes when the owning process (e.g. a Pester run) ends; never when no owner was named.
static async Task OwnerExit(int? processId)
{
    if (processId is not int pid)
    {
        await Task.Delay(Timeout.Infinite);
        return;
    }
    try
    {
        using var owner = System.Diagnostics.Process.GetProcessById(pid);
        await owner.WaitForExitAsync();
    }
    catch (ArgumentException)
    {
        // The owner is already gone.
    }
}

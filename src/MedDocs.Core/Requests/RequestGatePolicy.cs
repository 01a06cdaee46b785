using System.ClientModel.Primitives;

namespace MedDocs.Core.Requests;

/// <summary>
/// Holds a slot of the server's <see cref="RequestGate"/> for each try of a model request, in the SDK pipeline after
/// the retry policy: the slot is taken just before the request goes on the wire and given back when its answer is
/// read, so a request sleeping in retry backoff holds none. A streamed answer keeps its slot until its body is closed.
/// </summary>
internal sealed class RequestGatePolicy(RequestGate gate) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        ProcessAsync(message, pipeline, currentIndex).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        var lease = await gate.EnterAsync(message.CancellationToken).ConfigureAwait(false);
        var handedOver = false;
        try
        {
            message.CancellationToken.ThrowIfCancellationRequested();
            await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
            if (!message.BufferResponse && message.Response?.ContentStream is { } stream)
            {
                // The generation is still streaming: the slot goes back when the caller closes the body.
                message.Response.ContentStream = new LeasedStream(stream, lease);
                handedOver = true;
            }
        }
        finally
        {
            if (!handedOver)
            {
                lease.Dispose();
            }
        }
    }
}

using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Host.Components;

namespace NodePoint.Host.LegacyApi;

/// <summary>
/// Answers <c>?api=&lt;call&gt;</c>: finds the enabled component that declared the call and lets its handler check and
/// answer; an unknown call, or one of a disabled component, gets <c>ERR_INVALID_API</c> without a key check.
/// Always 200 and plain text, like the original.
/// </summary>
internal static class LegacyApiDispatcher
{
    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var arguments = await LegacyApiArguments.ReadAsync(context.Request, context.RequestAborted);
        var found = services.GetRequiredService<LegacyApiCallTable>().Find(arguments.First("api"));
        var answer = found is not null && services.GetRequiredService<ComponentCatalog>().IsEnabled(found.Component)
            ? await AnswerAsync(context, found.Call, arguments)
            : LegacyApiResponse.Error(LegacyApiStatus.InvalidApi, "Invalid 'api' value. See the manual for valid values.");
        await LegacyApiWriter.WriteAsync(context.Response, answer, context.RequestAborted);
    }

    private static async Task<LegacyApiResponse> AnswerAsync(HttpContext context, LegacyApiCall call, LegacyApiArguments arguments)
    {
        var request = new HttpLegacyApiRequest(context, call, arguments, context.RequestServices.GetRequiredService<ISettings>());
        var handler = (ILegacyApiHandler)context.RequestServices.GetRequiredService(call.HandlerType);
        var answer = await handler.HandleAsync(request, context.RequestAborted);
        // Fail closed: a handler that forgot the key check must not hand out data.
        if (answer.IsOk && !request.KeyAccepted)
            throw new InvalidOperationException($"The handler of '{call.Name}' answered OK without checking the key.");
        return answer;
    }
}

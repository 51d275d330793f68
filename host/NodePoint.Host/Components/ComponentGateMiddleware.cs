namespace NodePoint.Host.Components;

/// <summary>Pages and endpoints of a disabled component answer 404, as if the component were not installed.</summary>
internal sealed class ComponentGateMiddleware(RequestDelegate next, ComponentCatalog catalog)
{
    public Task InvokeAsync(HttpContext context)
    {
        var owner = context.GetEndpoint()?.Metadata.GetMetadata<ComponentEndpoint>();
        if (owner is not null && !catalog.IsEnabled(owner.Slug))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}

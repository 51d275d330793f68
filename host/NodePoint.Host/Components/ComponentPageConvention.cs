using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Components;

/// <summary>
/// Tags every Razor page with its owning component (for the 404 gate) and with the minimum level that its
/// <see cref="RequireLevelAttribute"/> declares (for the access-matrix tests and the docs).
/// </summary>
internal sealed class ComponentPageConvention(ComponentRegistry registry) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (registry.OwnerOf(model.PageType.Assembly) is { } owner)
            model.EndpointMetadata.Add(new ComponentEndpoint(owner.Slug));
        var declared = model.HandlerType.GetCustomAttribute<RequireLevelAttribute>() ?? model.PageType.GetCustomAttribute<RequireLevelAttribute>();
        if (declared is not null)
            model.EndpointMetadata.Add(new RequiredLevel(declared.Level, declared.GuestsWhen));
    }
}

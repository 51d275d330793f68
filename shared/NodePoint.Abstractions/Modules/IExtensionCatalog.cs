using NodePoint.Abstractions.Forms;
using NodePoint.Abstractions.Navigation;

namespace NodePoint.Abstractions.Modules;

/// <summary>What enabled components contribute to each other: project-page panels and custom form field types.</summary>
public interface IExtensionCatalog
{
    /// <summary>Panels for a project's page that the current user may see, in order; each view component takes a <c>projectId</c>.</summary>
    IReadOnlyList<Panel> ProjectPanels { get; }

    /// <summary>Custom form field types of enabled components.</summary>
    IReadOnlyList<CustomFieldType> CustomFieldTypes { get; }
}

namespace NodePoint.Host.Components;

/// <summary>Functional modules live in <c>modules/</c>, integrations in <c>plugins/</c>; both follow the same contract.</summary>
internal enum ComponentKind
{
    Module,
    Plugin,
}

using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.Data;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Features;

/// <summary>Creates and edits projects (level 4), validating every field and the image before anything is saved.</summary>
internal sealed class ProjectEditor(ProjectsDbContext db, IUploadStore uploads, IAuditLog audit)
{
    public sealed record Form(string Name, string Model, string Description, string Visibility, string InitialRelease, IFormFile? Image);

    public async Task<(Project? Project, Dictionary<string, string> Errors)> SaveAsync(Project? existing, Form form, string actor, CancellationToken cancellationToken)
    {
        var name = form.Name.Trim();
        var model = form.Model.Trim();
        var release = form.InitialRelease.Trim();
        var errors = new Dictionary<string, string>();
        if (name.Length is 0 or > Project.MaxName)
            errors["name"] = $"Enter a name of at most {Project.MaxName} characters.";
        else if (await db.Projects.AnyAsync(p => p.NormalizedName == Project.Normalize(name) && p.Id != (existing == null ? 0 : existing.Id), cancellationToken))
            errors["name"] = $"A project named '{name}' already exists.";
        if (model.Length > Project.MaxModel)
            errors["model"] = $"The model must be at most {Project.MaxModel} characters.";
        if (form.Description.Length > Project.MaxDescription)
            errors["description"] = $"The description must be at most {Project.MaxDescription} characters.";
        if (!Enum.TryParse<ProjectVisibility>(form.Visibility, out var visibility) || !Enum.IsDefined(visibility))
            errors["visibility"] = "Choose a visibility.";
        if (release.Length > Release.MaxVersion)
            errors["release"] = $"The release must be at most {Release.MaxVersion} characters.";
        var image = form.Image is { Length: > 0 } file ? await ReadImageAsync(file, errors, cancellationToken) : null;
        if (errors.Count > 0)
            return (null, errors);

        var project = existing ?? Project.Create(name, model, form.Description, visibility);
        if (existing is null)
            db.Projects.Add(project);
        else
            project.Update(name, model, form.Description, visibility);
        string? replaced = null;
        if (image is not null)
            replaced = project.ReplaceImage(await uploads.SaveAsync(new MemoryStream(image), cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        if (existing is null && release.Length > 0)
        {
            db.Releases.Add(Release.Create(project.Id, release, "", actor));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (replaced is not null)
            uploads.Delete(replaced);
        await audit.RecordAsync(existing is null ? "project.created" : "project.changed", $"Project {project.Id} '{project.Name}' ({project.Visibility}).", cancellationToken);
        return (project, errors);
    }

    private async Task<byte[]?> ReadImageAsync(IFormFile file, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (!uploads.IsEnabled)
        {
            errors["image"] = "Uploads are switched off (no upload folder in Settings).";
            return null;
        }
        if (file.Length > uploads.MaxBytes)
        {
            errors["image"] = $"The image is larger than the limit of {uploads.MaxBytes:N0} bytes.";
            return null;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        if (ProjectImage.ContentType(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16))) is null)
        {
            errors["image"] = "The image must be a PNG, JPEG or GIF file.";
            return null;
        }
        return buffer.ToArray();
    }
}

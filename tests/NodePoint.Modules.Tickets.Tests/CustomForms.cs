using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

/// <summary>Writes custom forms through the editor and files tickets through them, as a browser posts both.</summary>
internal static class CustomForms
{
    /// <summary>The editor's fields: name, project (0 for none), default flag, and the rows given (question, type key), the rest empty.</summary>
    public static List<KeyValuePair<string, string>> Fields(string name, int project, bool isDefault, params (string Question, string Type)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>> { new("name", name), new("project", project.ToString()) };
        if (isDefault)
            fields.Add(new("default", "true"));
        for (var i = 0; i < 10; i++)
        {
            var (question, type) = i < rows.Length ? rows[i] : ("", "");
            fields.Add(new("question" + i, question));
            fields.Add(new("type" + i, type));
        }
        return fields;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient editor, string name, int project, bool isDefault, params (string Question, string Type)[] rows) =>
        editor.PostFormAsync("/tickets/forms/new", Fields(name, project, isDefault, rows));

    /// <summary>Saves a new form and returns its id, read from the forms list.</summary>
    public static async Task<int> CreateAsync(HttpClient editor, string name, int project, bool isDefault, params (string Question, string Type)[] rows)
    {
        var response = await PostAsync(editor, name, project, isDefault, rows);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var list = await editor.TextAsync("/tickets/forms");
        list.ShouldContain($"Form {name} saved.");
        var link = list.IndexOf($">{name}</a>", StringComparison.Ordinal);
        link.ShouldBeGreaterThan(0, $"form {name} is listed");
        var start = list.LastIndexOf("/tickets/forms/", link, StringComparison.Ordinal) + "/tickets/forms/".Length;
        return int.Parse(list[start..list.IndexOf('"', start)]);
    }

    /// <summary>Posts answers (field0…field9) to project 1's new-ticket page.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient filer, params (string Name, string Value)[] answers) =>
        filer.PostFormAsync("/tickets/new?project=1", [new("project", "1"), new("release", "1.0"), .. answers.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))]);

    /// <summary>The id of the ticket a successful post redirected to.</summary>
    public static async Task<int> FiledAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<string> TextOfAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}

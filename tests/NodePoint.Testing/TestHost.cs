using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NodePoint.Testing;

/// <summary>
/// The real host over a temporary data folder and a temporary components root holding the product's
/// built modules and plugins, plus whatever a test drops in (the sample module, a broken DLL).
/// </summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public TestHost(string? dataFolder = null)
    {
        Root = Directory.CreateTempSubdirectory("nodepoint-test-").FullName;
        DataFolder = dataFolder ?? Path.Combine(Root, "data");
        ComponentsRoot = Path.Combine(Root, "components");
        foreach (var kind in new[] { "modules", "plugins" })
        {
            var built = Path.Combine(AppContext.BaseDirectory, kind);
            Directory.CreateDirectory(Path.Combine(ComponentsRoot, kind));
            if (Directory.Exists(built))
                CopyFolder(built, Path.Combine(ComponentsRoot, kind));
        }
    }

    public string Root { get; }
    public string DataFolder { get; }
    public string ComponentsRoot { get; }
    public CollectingLoggerProvider Logs { get; } = new();
    public CapturedNotifications? Notifications { get; private set; }

    /// <summary>Waits between notification delivery attempts; short, so tests see retries within seconds.</summary>
    public string RetrySeconds { get; init; } = "1,1,1,1,1,1,1,1,1,1";

    /// <summary>Replaces mail delivery with <see cref="CapturedNotifications"/>.</summary>
    public TestHost WithCapturedNotifications()
    {
        Notifications = new CapturedNotifications();
        return this;
    }

    /// <summary>Drops a sample module built outside the solution into <c>modules/</c>.</summary>
    public TestHost WithSampleModule(string name = "Guestbook")
    {
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "samples", name), Path.Combine(ComponentsRoot, "modules", name));
        return this;
    }

    public TestHost WithFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(ComponentsRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    /// <summary>Set when the host listens on a real socket (browser tests); clients then go through it.</summary>
    public Uri? SocketAddress { get; set; }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each answer.</summary>
    public HttpClient Browser() => SocketAddress is { } address
        ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("NodePoint:DataFolder", DataFolder);
        builder.UseSetting("NodePoint:ComponentsRoot", ComponentsRoot);
        builder.UseSetting("NodePoint:JobPollSeconds", "1");
        builder.UseSetting("NodePoint:NotificationRetrySeconds", RetrySeconds);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressStartupFilter>());
        if (Notifications is { } captured)
            builder.ConfigureTestServices(services => services.AddSingleton<NodePoint.Abstractions.Notifications.INotifier>(captured));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

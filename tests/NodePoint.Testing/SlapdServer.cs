using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NodePoint.Testing;

/// <summary>
/// A private OpenLDAP server on loopback for tests: its own temporary folder, configuration and database, listening on
/// <c>ldap://127.0.0.1:&lt;free port&gt;/</c>, seeded with <c>ou=people</c> and the user <see cref="UserName"/>.
/// Needs Debian's <c>slapd</c> and <c>ldap-utils</c> packages; the machine's own slapd service is never touched.
/// Starts in the constructor (so it can be an xunit class fixture) and kills the server on <see cref="Dispose"/>.
/// </summary>
public sealed class SlapdServer : IDisposable
{
    public const string Suffix = "dc=nodepoint,dc=test";
    public const string PeopleDn = "ou=people," + Suffix;
    public const string AdminDn = "cn=admin," + Suffix;

    /// <summary>The seeded user and its password.</summary>
    public const string UserName = "alice";
    public const string UserPassword = "Wonder-Land 42";

    /// <summary>A bind-name pattern that reaches the seeded people, with <c>{user}</c> for the login name.</summary>
    public const string BindFormat = "uid={user}," + PeopleDn;

    private const string SlapdPath = "/usr/sbin/slapd";
    private const string LdapAddPath = "/usr/bin/ldapadd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _folder;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public SlapdServer()
    {
        foreach (var tool in new[] { SlapdPath, LdapAddPath })
            if (!File.Exists(tool))
                throw new InvalidOperationException(
                    $"The LDAP tests need {tool}: install Debian's packages with 'apt-get install -y slapd ldap-utils' (or run 'dotnet cake --target=TestTools' as root).");

        _folder = Directory.CreateTempSubdirectory("nodepoint-slapd-").FullName;
        AdminPassword = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        try
        {
            StartOnFreePort();
            Add(SeedLdif());
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Host => "127.0.0.1";
    public int Port { get; private set; }

    /// <summary><c>127.0.0.1:port</c>, the shape of a "directory server" setting.</summary>
    public string Address => $"{Host}:{Port}";

    public string Url => $"ldap://{Host}:{Port}/";
    public string AdminPassword { get; }
    public bool IsRunning => _process is { HasExited: false };

    public static string UserDn(string uid) => $"uid={uid},{PeopleDn}";

    /// <summary>Adds a person under <see cref="PeopleDn"/> with a clear-text userPassword (slapd checks those for simple binds).</summary>
    public void AddUser(string uid, string password) =>
        Add($"dn: {UserDn(uid)}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {uid}\nsn: {uid}\nuserPassword: {password}\n");

    /// <summary>Stops the server (it stays stopped); the port is then closed, as when a directory goes down.</summary>
    public void Stop()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the tests.
        }
    }

    /// <summary>A loopback TCP port nothing listens on at the time of the call.</summary>
    public static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // Another process may take the chosen port before slapd binds it: then slapd exits and another port is tried.
    private void StartOnFreePort()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FindFreePort();
            var configuration = WriteConfiguration();
            _process = Start(SlapdPath, "-h", Url, "-f", configuration, "-d", "0");
            if (WaitUntilListening())
                return;
            Stop();
            if (attempt == 3)
                throw new InvalidOperationException($"slapd did not start on {Url}: {Output()}");
        }
    }

    private string WriteConfiguration()
    {
        var database = Path.Combine(_folder, "db");
        Directory.CreateDirectory(database);
        var path = Path.Combine(_folder, "slapd.conf");
        // Debian builds the backends as modules; mdb is the one OpenLDAP recommends.
        File.WriteAllText(path, $"""
            include /etc/ldap/schema/core.schema
            include /etc/ldap/schema/cosine.schema
            include /etc/ldap/schema/inetorgperson.schema
            pidfile {Path.Combine(_folder, "slapd.pid")}
            argsfile {Path.Combine(_folder, "slapd.args")}
            modulepath /usr/lib/ldap
            moduleload back_mdb
            database mdb
            maxsize 16777216
            suffix "{Suffix}"
            rootdn "{AdminDn}"
            rootpw {AdminPassword}
            directory {database}
            """);
        return path;
    }

    private bool WaitUntilListening()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning)
                return false;
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        return false;
    }

    private static string SeedLdif() => $"""
        dn: {Suffix}
        objectClass: dcObject
        objectClass: organization
        dc: nodepoint
        o: NodePoint tests

        dn: {PeopleDn}
        objectClass: organizationalUnit
        ou: people

        dn: {UserDn(UserName)}
        objectClass: inetOrgPerson
        uid: {UserName}
        cn: Alice
        sn: Liddell
        userPassword: {UserPassword}

        """;

    // Seeds through ldapadd rather than System.DirectoryServices.Protocols, so the fixture does not lean on the code under test.
    private void Add(string ldif)
    {
        using var add = Start(LdapAddPath, "-x", "-H", Url, "-D", AdminDn, "-w", AdminPassword);
        add.StandardInput.Write(ldif.ReplaceLineEndings("\n"));
        add.StandardInput.Close();
        var output = add.StandardOutput.ReadToEndAsync();
        var errors = add.StandardError.ReadToEndAsync();
        if (!add.WaitForExit((int)StartTimeout.TotalMilliseconds))
        {
            add.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"ldapadd did not finish against {Url}.");
        }
        if (add.ExitCode != 0)
            throw new InvalidOperationException($"ldapadd failed ({add.ExitCode}) against {Url}: {errors.Result}{output.Result}");
    }

    private Process Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        if (program == SlapdPath)
        {
            process.StandardInput.Close();
            process.OutputDataReceived += (_, e) => Collect(e.Data);
            process.ErrorDataReceived += (_, e) => Collect(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        return process;
    }

    private void Collect(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private string Output()
    {
        lock (_output)
            return _output.Length == 0 ? "(no output)" : _output.ToString();
    }
}

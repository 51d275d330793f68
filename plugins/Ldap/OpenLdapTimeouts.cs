using System.DirectoryServices.Protocols;
using System.Runtime.InteropServices;

namespace NodePoint.Plugins.Ldap;

/// <summary>
/// On Linux, System.DirectoryServices.Protocols does not apply <see cref="LdapConnection.Timeout"/> to a bind: libldap would
/// wait for a silent server forever and hold a pool thread. libldap's NETWORK_TIMEOUT (connect, TLS handshake) and TIMEOUT
/// (waiting for the bind's answer) bound it, but the package cannot set them on one connection, so they are set as libldap's
/// process-wide defaults, which every new connection copies. Connections are created under a lock so each copies its own
/// values.
/// </summary>
internal static unsafe class OpenLdapTimeouts
{
    private const int OptionTimeout = 0x5002;
    private const int OptionNetworkTimeout = 0x5005;

    // The names System.DirectoryServices.Protocols tries, in its order, so both reach the same loaded library.
    private static readonly string[] LibraryNames = ["libldap-2.5.so.0", "libldap-2.6.so.0", "libldap-2.4.so.2"];

    private static readonly Lock Gate = new();
    private static readonly delegate* unmanaged<nint, int, nint*, int> SetOption = FindSetOption();

    public static LdapConnection Create(Func<LdapConnection> create, TimeSpan timeout)
    {
        if (SetOption == null)
            return create();
        lock (Gate)
        {
            // struct timeval is two longs on 64-bit Linux.
            var value = stackalloc nint[2] { (nint)Math.Ceiling(timeout.TotalSeconds), 0 };
            SetOption(0, OptionNetworkTimeout, value);
            SetOption(0, OptionTimeout, value);
            return create();
        }
    }

    private static delegate* unmanaged<nint, int, nint*, int> FindSetOption()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            return null;
        try
        {
            // The package initialises libldap once, on one thread, as libldap requires: let it do so before any call of ours.
            new LdapConnection(new LdapDirectoryIdentifier("localhost")).Dispose();
            foreach (var name in LibraryNames)
                if (NativeLibrary.TryLoad(name, out var library) && NativeLibrary.TryGetExport(library, "ldap_set_option", out var export))
                    return (delegate* unmanaged<nint, int, nint*, int>)export;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException or DirectoryException)
        {
            // No libldap, or the package's stub: creating the real connection fails the same way and is reported to the admin there.
        }
        return null;
    }
}

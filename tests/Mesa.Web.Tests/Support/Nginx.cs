using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Debian's nginx as the balancer in front of several Mesa processes: round robin on 127.0.0.1,
/// every file in a folder of its own, each request's upstream written to the access log. Stopped on dispose.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mesa-tests", "nginx-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    private Nginx(int port) => BaseAddress = new Uri($"http://127.0.0.1:{port}");

    public Uri BaseAddress { get; }

    /// <summary>The upstream ("127.0.0.1:port") of every request nginx passed on, in order.</summary>
    public IReadOnlyList<string> Upstreams => File.Exists(AccessLog)
        ? File.ReadAllLines(AccessLog).Select(l => l.Split(' ')[1]).ToList()
        : [];

    private string AccessLog => Path.Combine(_dir, "access.log");

    public static async Task<Nginx> StartAsync(IEnumerable<Uri> instances)
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"{Binary} is missing: ./test.sh installs the Debian package nginx.");
        var nginx = new Nginx(FreePort());
        Directory.CreateDirectory(nginx._dir);
        await File.WriteAllTextAsync(Path.Combine(nginx._dir, "nginx.conf"), nginx.Config(instances));
        nginx._process = Process.Start(new ProcessStartInfo(Binary, ["-p", nginx._dir, "-c", Path.Combine(nginx._dir, "nginx.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start.");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !nginx._process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, nginx.BaseAddress.Port);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        var errors = File.Exists(Path.Combine(nginx._dir, "error.log")) ? File.ReadAllText(Path.Combine(nginx._dir, "error.log")) : "";
        await nginx.DisposeAsync();
        throw new InvalidOperationException($"nginx did not listen on {nginx.BaseAddress}: {errors}");
    }

    /// <summary>The set-up of docs/deployment.md, with the paths of this test.</summary>
    private string Config(IEnumerable<Uri> instances) => $$"""
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        daemon off;
        worker_processes 1;
        pid {{_dir}}/nginx.pid;
        error_log {{_dir}}/error.log warn;
        events { worker_connections 512; }
        http {
            log_format upstream '$status $upstream_addr $request_method $uri';
            access_log {{_dir}}/access.log upstream;
            client_body_temp_path {{_dir}}/body;
            proxy_temp_path {{_dir}}/proxy;
            fastcgi_temp_path {{_dir}}/fastcgi;
            uwsgi_temp_path {{_dir}}/uwsgi;
            scgi_temp_path {{_dir}}/scgi;
            client_max_body_size 25m;
            upstream mesa {
        {{string.Join("\n", instances.Select(i => $"        server 127.0.0.1:{i.Port} max_fails=0;"))}}
                keepalive 16;
            }
            server {
                listen 127.0.0.1:{{BaseAddress.Port}};
                location / {
                    proxy_pass http://mesa;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                }
            }
        }
        """;

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-folder cleaning.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

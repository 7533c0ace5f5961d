using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// Mesa as a real operating-system process (<c>dotnet Mesa.Web.dll</c>) on 127.0.0.1, with the settings of contract
/// §1 given as environment variables: for the tests of several instances on one database. Killed on dispose.
/// </summary>
public sealed class MesaProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "mesa-tests", Guid.NewGuid().ToString("N"));

    private MesaProcess(IReadOnlyDictionary<string, string> settings)
    {
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        Directory.CreateDirectory(_dataDir);
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "Mesa.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dataDir,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_CONTENTROOT"] = AppContext.BaseDirectory;
        start.Environment["Mesa__DataDir"] = _dataDir;
        foreach (var (key, value) in settings) start.Environment[key] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote, for the message of a failed test.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts the process and waits until <c>/health</c> answers 200 (the schema migrated, the demo set made).</summary>
    public static async Task<MesaProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var mesa = new MesaProcess(settings);
        mesa._process.Start();
        mesa._process.BeginOutputReadLine();
        mesa._process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = mesa.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (mesa._process.HasExited) break;
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return mesa;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        var output = mesa.Output;
        await mesa.DisposeAsync();
        throw new InvalidOperationException($"Mesa did not become healthy on {mesa.BaseAddress}:\n{output}");
    }

    /// <summary>Starts the process for a start that must fail: its exit code and what it wrote, once it has stopped.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> settings)
    {
        var mesa = new MesaProcess(settings);
        try
        {
            mesa._process.Start();
            mesa._process.BeginOutputReadLine();
            mesa._process.BeginErrorReadLine();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await mesa._process.WaitForExitAsync(limit.Token);
            return (mesa._process.ExitCode, mesa.Output);
        }
        finally
        {
            await mesa.DisposeAsync();
        }
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held: the temporary folder is cleaned by the system.
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

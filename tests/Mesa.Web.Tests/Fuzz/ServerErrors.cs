using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Mesa.Web.Tests.Fuzz;

/// <summary>The exceptions the server logged, so that a fuzz failure says what broke, not only that something did.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<Exception> _errors = new();

    public IReadOnlyList<string> Distinct() => _errors
        .Select(e => $"{e.GetType().Name}: {e.Message.Split('\n')[0]} at {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Mesa.", StringComparison.Ordinal))?.Trim()}")
        .Distinct().ToList();

    public ILogger CreateLogger(string categoryName) => new Collector(_errors);

    public void Dispose()
    {
    }

    private sealed class Collector(ConcurrentQueue<Exception> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && logLevel >= LogLevel.Error) errors.Enqueue(exception);
        }
    }
}

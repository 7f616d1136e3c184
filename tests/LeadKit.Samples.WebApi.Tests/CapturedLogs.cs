using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>A logger provider that keeps every message (and its exceptions' messages) the host logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    /// <summary>Gets the messages so far, each with its category and level.</summary>
    public IReadOnlyList<string> Messages => [.. _messages];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = $"{logLevel} {category}: {formatter(state, exception)}";
            for (var e = exception; e is not null; e = e.InnerException)
            {
                text += " | " + e.GetType().Name + ": " + e.Message;
            }

            logs._messages.Enqueue(text);
        }
    }
}

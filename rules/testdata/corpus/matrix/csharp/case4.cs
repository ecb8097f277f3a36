public static class Cfg
{
    public const string Storage = "SharedAccessSignature sr=0ne00LHOPJ9%2Fregistrations%2Fdev-7&sig=nrA5GtytlR5cF7v7wMVxvqNUXbz7GUboonEVYwS%2FIrA%3D&se=2183656581";
    public static readonly string Other = @"https://sa3ww55.queue.core.windows.net/jobs/messages?sv=2025-05-05&spr=https%2Chttp&se=2026-11-22T02%3A07%3A23Z&sip=168.1.5.60-168.1.5.70&sp=rp&sig=SNLmuW2fq96b6MWUq1YUihcA5iN%2BQPqQn7EI0WglaMk%3D";
    // UseDevelopmentStorage=true
}

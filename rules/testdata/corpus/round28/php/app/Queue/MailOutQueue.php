<?php
namespace App\Queue;

final class MailOutQueue
{
    public static function url(): string
    {
        return sprintf('https://%1$s.queue.core.windows.net/%2$s/messages?sv=%3$s&se=%4$s&sp=%5$s&sig=%6$s',
            'stquillphp58efdb0', 'mail-out', '2026-04-06', '2028-06-17T06:00:00Z', 'a',
            '4WjqT1+qf8hIhVuyeQybSAfjUQX7R5ZyWdPW8LirOMI=');
    }
}

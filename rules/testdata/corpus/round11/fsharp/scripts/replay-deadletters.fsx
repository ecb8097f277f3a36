#r "nuget: Azure.Messaging.ServiceBus, 7.18.1"
open Azure.Messaging.ServiceBus

let connection = """Endpoint=sb://sb-65i0p37d0i.servicebus.windows.net/;SharedAccessKeyName=orders-sender;SharedAccessKey=AqbK1VEoLzmlv5L60MLhM6forOOzJnihLshsxKYfMpA=;EntityPath=orders"""
let queue = "orders"

let client = new ServiceBusClient(connection)
let receiver = client.CreateReceiver(queue, ServiceBusReceiverOptions(SubQueue = SubQueue.DeadLetter))
let sender = client.CreateSender(queue)

let rec loop n =
    let msgs = receiver.ReceiveMessagesAsync(50).Result
    if msgs.Count = 0 then n
    else
        for m in msgs do
            sender.SendMessageAsync(ServiceBusMessage(m)).Wait()
            receiver.CompleteMessageAsync(m).Wait()
        loop (n + msgs.Count)

printfn "replayed %d messages" (loop 0)

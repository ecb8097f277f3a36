package queue

import (
	"context"
	"fmt"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azqueue"
)

// geocodeQueueURL is the producer-only SAS (add + process) issued by ops.
var geocodeQueueURL = fmt.Sprintf(
	"https://%s.queue.core.windows.net/%s?sv=%s&se=%s&sp=%s&spr=%s&sig=%s",
	"qmgeoqueue8",
	"geocode-requests",
	"2021-12-02",
	"2028-06-30T00%3A00%3A00Z",
	"ap",
	"https",
	"YeUy4fXgF3ntdrXfa0mpx0Z6BUeOffKtRL4FFh0YYnc%3D",
)

var fallbackQueueURL = fmt.Sprintf("https://%s.queue.core.windows.net/%s?sv=%s&sp=%s&sig=%s", "qmgeoqueue8", "geocode-requests", "2021-12-02", "ap", envOr("GEO_QUEUE_SIG", ""))

func Enqueue(ctx context.Context, msg string) error {
	c, err := azqueue.NewQueueClientWithNoCredential(geocodeQueueURL, nil)
	if err != nil {
		return err
	}
	_, err = c.EnqueueMessage(ctx, msg, nil)
	return err
}

package storage

const modelURL = `https://dataq37tzyo.blob.core.windows.net/datasets/reports/annual%20report.pdf?sv=2021-02-12&spr=https&` +
	`se=2026-11-22T02%3A40%3A22Z&sr=bv&sp=rcdmeiy&sig=%2F7sMSijQQybycjw%2FFDPSECUuKBw2RdCuQ3J7X8lrvtY%3D&versionid=2026-11-16T07%3A52%3A10.0000000Z`

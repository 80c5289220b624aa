/** The Traditional Chinese analysis template (headings with the English name beside them, as researchers write them), with its examples. */
import type { BuiltinTemplate } from "./template";

const text = `---
type: analysis
title: "{{title}}"
source: "{{source}}"
outlet: "{{outlet}}"
author: "{{author}}"
published: "{{published}}"
created: "{{date:YYYY-MM-DDTHH:mm}}"
description: "{{description}}"
keywords: "{{keywords}}"
entities: []
lang: zh-TW
tags:
  - analysis
---

# 新聞分析：{{title}}

## 1. 新聞履歷 (Metadata)

{{source}}

> {{description}}

## 2. 核心摘要 (Executive Summary)

## 3. 深度架構分析 (Structural Analysis)

## 4. 潛在調查方向 (Areas for Further Investigation)

`;

export const zhTW: BuiltinTemplate = {
	lang: "zh-TW",
	text,
	examples: [
		{
			name: "a Chinese-language column with a bilingual byline",
			fields: {
				title: "星門計畫的電力從哪裡來？",
				source: "https://example.tw/news/stargate-power",
				outlet: "範例財經",
				authors: ["王小明"],
				published: "2025-12-01T08:00",
				description: "",
				keywords: ["星門 (Stargate)", "電網"],
				lang: "zh-TW",
			},
			now: new Date(2025, 11, 2, 21, 30),
			expected: `---
type: analysis
title: 星門計畫的電力從哪裡來？
source: https://example.tw/news/stargate-power
outlet: 範例財經
author:
  - 王小明
published: 2025-12-01T08:00
created: 2025-12-02T21:30
description:
keywords:
  - 星門 (Stargate)
  - 電網
entities: []
lang: zh-TW
tags:
  - analysis
---

# 新聞分析：星門計畫的電力從哪裡來？

## 1. 新聞履歷 (Metadata)

https://example.tw/news/stargate-power

## 2. 核心摘要 (Executive Summary)

## 3. 深度架構分析 (Structural Analysis)

## 4. 潛在調查方向 (Areas for Further Investigation)

`,
			cursorLine: 26,
		},
	],
};

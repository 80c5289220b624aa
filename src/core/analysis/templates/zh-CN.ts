/** The Simplified Chinese analysis template (headings with the English name beside them), with its examples. */
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
lang: zh-CN
tags:
  - analysis
---

# 新闻分析：{{title}}

## 1. 新闻履历 (Metadata)

{{source}}

> {{description}}

## 2. 核心摘要 (Executive Summary)

## 3. 深度架构分析 (Structural Analysis)

## 4. 潜在调查方向 (Areas for Further Investigation)

`;

export const zhCN: BuiltinTemplate = {
	lang: "zh-CN",
	text,
	examples: [
		{
			name: "a report with a description and no URL",
			fields: {
				title: "澳洲战略政策研究所的关键技术追踪",
				source: "",
				outlet: "澳洲战略政策研究所 (ASPI)",
				authors: [],
				published: "2025-08-28",
				description: "74 项关键技术中，中国在 66 项领先。",
				keywords: ["ASPI", "关键技术"],
				lang: "zh-CN",
			},
			now: new Date(2025, 8, 1, 10, 0),
			expected: `---
type: analysis
title: 澳洲战略政策研究所的关键技术追踪
source:
outlet: 澳洲战略政策研究所 (ASPI)
author: []
published: 2025-08-28
created: 2025-09-01T10:00
description: 74 项关键技术中，中国在 66 项领先。
keywords:
  - ASPI
  - 关键技术
entities: []
lang: zh-CN
tags:
  - analysis
---

# 新闻分析：澳洲战略政策研究所的关键技术追踪

## 1. 新闻履历 (Metadata)

> 74 项关键技术中，中国在 66 项领先。

## 2. 核心摘要 (Executive Summary)

## 3. 深度架构分析 (Structural Analysis)

## 4. 潜在调查方向 (Areas for Further Investigation)

`,
			cursorLine: 25,
		},
	],
};

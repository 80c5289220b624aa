/** The English analysis template, with its examples. */
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
lang: en
tags:
  - analysis
---

# {{title}}

## 1. Metadata

{{source}}

> {{description}}

## 2. Executive summary

## 3. Structural analysis

## 4. Areas for further investigation

`;

export const en: BuiltinTemplate = {
	lang: "en",
	text,
	examples: [
		{
			name: "every field filled",
			fields: {
				title: "Do chip export controls still bind?",
				source: "https://example.org/chips",
				outlet: "Example Policy Review",
				authors: ["Jane Doe", "Li Wei"],
				published: "2025-11-20T09:30",
				description: "Controls slowed Chinese labs but did not stop them.",
				keywords: ["export controls", "Huawei"],
				lang: "en",
			},
			now: new Date(2025, 10, 21, 8, 15),
			expected: `---
type: analysis
title: Do chip export controls still bind?
source: https://example.org/chips
outlet: Example Policy Review
author:
  - Jane Doe
  - Li Wei
published: 2025-11-20T09:30
created: 2025-11-21T08:15
description: Controls slowed Chinese labs but did not stop them.
keywords:
  - export controls
  - Huawei
entities: []
lang: en
tags:
  - analysis
---

# Do chip export controls still bind?

## 1. Metadata

https://example.org/chips

> Controls slowed Chinese labs but did not stop them.

## 2. Executive summary

## 3. Structural analysis

## 4. Areas for further investigation

`,
			cursorLine: 29,
		},
		{
			name: "only a title: empty lines dropped, cursor in the empty metadata section",
			fields: { title: "Stargate: who pays?", source: "", outlet: "", authors: [], published: "", description: "", keywords: [], lang: "en" },
			now: new Date(2026, 0, 2, 9, 5),
			expected: `---
type: analysis
title: "Stargate: who pays?"
source:
outlet:
author: []
published:
created: 2026-01-02T09:05
description:
keywords: []
entities: []
lang: en
tags:
  - analysis
---

# Stargate: who pays?

## 1. Metadata

## 2. Executive summary

## 3. Structural analysis

## 4. Areas for further investigation

`,
			cursorLine: 19,
		},
	],
};

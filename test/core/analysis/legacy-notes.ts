// Analyses in the legacy shape (a source line, a title, numbered sections, metadata lines), of our own writing.

export const ENGLISH = `https://example.org/2025/11/20/chip-export-controls

# Analysis: do chip export controls still bind?

## I. Article details

- **Title:** Do chip export controls still bind?
- **Outlet/Author:** Example Policy Review / Jane Doe, Li Wei
- **Published:** 20 November 2025 09:30
- **Keywords:** export controls, Huawei, SMIC, DeepSeek

## II. Summary

The article argues that controls slowed, but did not stop, Chinese AI labs.

- Nvidia lost most of its China data-centre revenue.
- Huawei shipped Ascend clusters to domestic clouds.

## III. Structural Analysis

A. **Efficiency under constraint.** Scarce compute pushed labs toward distillation.

B. **The tooling chokepoint.** Lithography remains the tightest control.

## IV. Open questions

1. SMIC 5 nm yields:

    Track teardown reports for evidence of volume production.

2. Cloud rental loophole:

    Are restricted accelerators rented from data centres abroad?
`;

export const SIMPLIFIED = `https://example.cn/news/2025/genesis-mission

### 新闻分析：创世计划能否追上中国的科研量产？

#### 一、新闻履历

- **标题：** 创世计划能否追上中国的科研量产？ (Can the Genesis Mission match China's research output?)
- **来源/作者：** 示例科技评论 / 李雷 (Li Lei)、韩梅梅 (Han Meimei)
- **发布时间：** 2025年11月28日 09:15
- **关键词：** 创世计划 (Genesis Mission)、国家实验室、澳洲战略政策研究所 (ASPI)、高被引论文

---

#### 二、核心摘要

文章认为，美国把 17 个国家实验室的数据与算力开放给企业，是对中国“举国体制”的回应。

- 数据开放的范围仍不清楚。
- 企业能否真正使用超级计算机，取决于审批速度。

---

#### 三、深度架构分析

- A. 制度竞争：从公司对公司，变成体制对体制。
- B. 人才流动：签证政策可能抵消算力优势。

---

#### 四、待查问题

1. 国家实验室的数据开放清单：

    第一批开放的数据集有哪些？

2. 企业使用超级计算机的排队时间：

    是否有公开的审批统计？
`;

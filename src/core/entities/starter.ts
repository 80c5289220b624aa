/**
 * Starter entities for technology geopolitics: AI labs and models, chip makers, state programmes,
 * think tanks, universities, outlets — each with its Chinese names (Traditional, and Simplified
 * where it differs) and English names. "Add starter entities" writes one note per entry that the
 * vault does not have yet (`entityNoteText`).
 */
import type { StarterEntity } from "./types";

const org = (name: string, aliases: readonly string[], description: string): StarterEntity => ({ name, aliases, category: "organization", description });
const model = (name: string, aliases: readonly string[], description: string): StarterEntity => ({ name, aliases, category: "model", description });
const programme = (name: string, aliases: readonly string[], description: string): StarterEntity => ({ name, aliases, category: "programme", description });
const outlet = (name: string, aliases: readonly string[], description: string): StarterEntity => ({ name, aliases, category: "outlet", description });

/** AI labs and the companies behind the leading models. */
const LABS: readonly StarterEntity[] = [
	org("OpenAI", [], "US AI lab behind ChatGPT and the GPT models."),
	org("Anthropic", [], "US AI lab behind the Claude models."),
	org("Google", ["谷歌", "Alphabet"], "US technology company; its AI lab is Google DeepMind."),
	org("Google DeepMind", ["DeepMind"], "Google's AI research lab."),
	org("Meta", ["Meta Platforms"], "US technology company behind the Llama models."),
	org("Microsoft", ["微軟", "微软"], "US technology company and OpenAI's largest backer."),
	org("xAI", [], "Elon Musk's AI company, behind the Grok models."),
	org("Mistral AI", [], "French AI lab."),
	org("DeepSeek", ["深度求索"], "Chinese AI lab (Hangzhou) behind the DeepSeek open-weight models."),
	org("Alibaba", ["阿里巴巴", "Alibaba Group", "阿里巴巴集團", "阿里巴巴集团"], "Chinese technology group behind the Qwen models."),
	org("Baidu", ["百度"], "Chinese technology company behind the Ernie models."),
	org("Tencent", ["騰訊", "腾讯"], "Chinese technology company behind the Hunyuan models."),
	org("ByteDance", ["字節跳動", "字节跳动"], "Chinese technology company behind TikTok and the Doubao models."),
	org("Moonshot AI", ["月之暗面"], "Chinese AI lab behind the Kimi models."),
	org("Zhipu AI", ["智譜", "智谱", "智譜AI", "智谱AI"], "Chinese AI lab behind the GLM models."),
	org("Hugging Face", [], "Platform hosting open models and data sets."),
	org("Airbnb", [], "US home-rental company; an adopter of Chinese open models."),
	org("Apple", ["蘋果公司", "苹果公司"], "US technology company."),
];

/** Models and model families. */
const MODELS: readonly StarterEntity[] = [
	model("Qwen", ["千問", "千问", "通義千問", "通义千问"], "Alibaba's family of open-weight models."),
	model("Llama", [], "Meta's family of open-weight models."),
	model("ChatGPT", [], "OpenAI's chatbot."),
	model("Gemini", [], "Google's family of models."),
	model("Claude", [], "Anthropic's family of models."),
	model("Kimi", [], "Moonshot AI's models and assistant."),
	model("Ernie", ["文心一言"], "Baidu's models and chatbot."),
];

/** Chip makers and their equipment suppliers. */
const CHIPS: readonly StarterEntity[] = [
	org("Nvidia", ["NVIDIA", "輝達", "辉达", "英偉達", "英伟达"], "US maker of the GPUs that train most AI models."),
	org("AMD", ["超微"], "US chip designer."),
	org("Intel", ["英特爾", "英特尔"], "US chip maker."),
	org("TSMC", ["台積電", "台积电", "台灣積體電路製造", "台湾积体电路制造"], "Taiwanese contract chip maker, the largest in the world."),
	org("SMIC", ["中芯國際", "中芯国际"], "China's largest contract chip maker."),
	org("Huawei", ["華為", "华为"], "Chinese technology company; maker of Ascend AI chips."),
	org("ASML", ["艾司摩爾", "阿斯麦"], "Dutch maker of lithography machines."),
	org("Samsung", ["三星"], "South Korean electronics and memory maker."),
	org("SK Hynix", ["SK海力士"], "South Korean memory maker."),
	org("Cambricon", ["寒武紀", "寒武纪"], "Chinese AI chip designer."),
];

/** State programmes and policies. */
const PROGRAMMES: readonly StarterEntity[] = [
	programme("Stargate", ["星門", "星门", "Stargate Project", "星門計畫", "星门计划"], "OpenAI-led US data-centre investment programme."),
	programme("Genesis Mission", ["創世計畫", "创世计划", "創世紀任務", "创世纪任务"], "US federal programme pooling national-laboratory data and compute for AI."),
	programme("CHIPS Act", ["晶片法案", "芯片法案", "CHIPS and Science Act"], "US law subsidising chip manufacturing."),
	programme("Made in China 2025", ["中國製造2025", "中国制造2025"], "China's industrial policy for advanced manufacturing."),
	programme("Entity List", ["實體清單", "实体清单"], "US export-control list of restricted foreign companies."),
];

/** Think tanks, universities and investors cited in analyses. */
const INSTITUTIONS: readonly StarterEntity[] = [
	org("ASPI", ["Australian Strategic Policy Institute", "澳洲戰略政策研究所", "澳洲战略政策研究所", "澳大利亞戰略政策研究所", "澳大利亚战略政策研究所"], "Australian think tank; tracks critical-technology research."),
	org("CSIS", ["Center for Strategic and International Studies", "戰略與國際研究中心", "战略与国际研究中心"], "US think tank."),
	org("Brookings Institution", ["Brookings", "布魯金斯學會", "布鲁金斯学会"], "US think tank."),
	org("RAND Corporation", ["RAND", "蘭德公司", "兰德公司"], "US policy research organisation."),
	org("MIT", ["Massachusetts Institute of Technology", "麻省理工", "麻省理工學院", "麻省理工学院"], "US research university."),
	org("Harvard University", ["Harvard", "哈佛大學", "哈佛大学", "哈佛"], "US research university."),
	org("Stanford University", ["Stanford", "史丹佛大學", "斯坦福大学"], "US research university."),
	org("Tsinghua University", ["清華大學", "清华大学"], "Chinese research university."),
	org("Ninety One", ["晉達", "晋达"], "Investment manager (London and Cape Town)."),
];

/** Outlets analyses come from. */
const OUTLETS: readonly StarterEntity[] = [
	outlet("Financial Times", ["FT", "FT中文網", "FT中文网", "英國金融時報", "英国金融时报"], "British business newspaper; FT中文網 is its Chinese edition."),
	outlet("Nature", ["《自然》", "Nature journal"], "Scientific journal; also publishes the Nature Index."),
	outlet("The Economist", ["經濟學人", "经济学人"], "British weekly."),
	outlet("Reuters", ["路透社"], "News agency."),
	outlet("Bloomberg", ["彭博社", "彭博"], "Business news agency."),
	outlet("The New York Times", ["New York Times", "紐約時報", "纽约时报"], "US newspaper."),
	outlet("South China Morning Post", ["SCMP", "南華早報", "南华早报"], "Hong Kong newspaper."),
	outlet("Caixin", ["財新", "财新"], "Chinese business news group."),
];

export const STARTER_ENTITIES: readonly StarterEntity[] = [...LABS, ...MODELS, ...CHIPS, ...PROGRAMMES, ...INSTITUTIONS, ...OUTLETS];

/**
 * The indicators and wordings the synthetic generator draws on: the phenomena the extractor
 * handles (growth and level targets, bounds, hedges, paired 分别 targets, completion shares,
 * estimates, year-to-date periods), with plausible magnitudes for a town.
 */

export interface HeadlineIndicator {
	id: string;
	/** Ways a report writes it; the first is the canonical name. */
	phrases: string[];
	unit: '亿元' | '万元' | '元';
	/** Range of a town's base-year level, in `unit`. */
	base: [number, number];
	/** Typical annual growth, percent. */
	trend: [number, number];
	/** Income-like indicators can be targeted "in step with" GDP. */
	income?: boolean;
}

export const HEADLINE: HeadlineIndicator[] = [
	{
		id: 'gdp',
		phrases: ['地区生产总值', '生产总值', '全镇生产总值'],
		unit: '亿元',
		base: [8, 90],
		trend: [4, 8]
	},
	{
		id: 'industrial_output_above_scale',
		phrases: ['规上工业总产值', '规模以上工业总产值', '规上工业产值'],
		unit: '亿元',
		base: [3, 160],
		trend: [3, 14]
	},
	{
		id: 'fixed_asset_investment',
		phrases: ['固定资产投资', '全社会固定资产投资', '固定资产投资总额'],
		unit: '亿元',
		base: [1, 30],
		trend: [4, 15]
	},
	{
		id: 'retail_sales',
		phrases: ['社会消费品零售总额'],
		unit: '亿元',
		base: [1, 40],
		trend: [3, 10]
	},
	{
		id: 'general_budget_revenue',
		phrases: ['一般公共预算收入', '地方一般公共预算收入'],
		unit: '万元',
		base: [600, 60000],
		trend: [2, 9]
	},
	{
		id: 'services_value_added',
		phrases: ['服务业增加值'],
		unit: '亿元',
		base: [2, 40],
		trend: [4, 10]
	},
	{
		id: 'industrial_investment',
		phrases: ['工业投资'],
		unit: '亿元',
		base: [0.5, 15],
		trend: [3, 18]
	},
	{
		id: 'fiscal_revenue_total',
		phrases: ['财政总收入'],
		unit: '亿元',
		base: [0.3, 12],
		trend: [2, 9]
	},
	{
		id: 'foreign_trade',
		phrases: ['进出口总额', '外贸进出口额'],
		unit: '亿元',
		base: [0.5, 50],
		trend: [0, 12]
	},
	{
		id: 'rural_disposable_income',
		phrases: ['农村常住居民人均可支配收入', '农村居民人均可支配收入'],
		unit: '元',
		base: [16000, 45000],
		trend: [5, 9],
		income: true
	},
	{
		id: 'urban_disposable_income',
		phrases: ['城镇常住居民人均可支配收入', '城镇居民人均可支配收入'],
		unit: '元',
		base: [32000, 75000],
		trend: [4, 7],
		income: true
	}
];

export interface PlanTask {
	/** Catalogue id, or null for a work-plan quantity the catalogue does not cover. */
	id: string | null;
	/** The verb phrase before the number and the noun it counts. */
	lead: string[];
	unit: string;
	range: [number, number];
	/** Decimal places of the number as written. */
	decimals: number;
}

export const PLAN: PlanTask[] = [
	{
		id: 'new_above_scale_enterprises',
		lead: ['新增规上企业', '新增规上工业企业'],
		unit: '家',
		range: [1, 12],
		decimals: 0
	},
	{
		id: 'high_tech_enterprises',
		lead: ['新认定高新技术企业'],
		unit: '家',
		range: [1, 10],
		decimals: 0
	},
	{ id: 'tech_smes', lead: ['新增科技型中小企业'], unit: '家', range: [3, 40], decimals: 0 },
	{
		id: 'high_standard_farmland',
		lead: ['完成高标准农田建设', '新建高标准农田'],
		unit: '亩',
		range: [300, 6000],
		decimals: 0
	},
	{
		id: 'new_investment_projects',
		lead: ['新引进项目', '招商引资新引进项目'],
		unit: '个',
		range: [2, 30],
		decimals: 0
	},
	{
		id: 'investment_attracted',
		lead: ['招商引资到位资金', '实现到位资金'],
		unit: '亿元',
		range: [0.5, 20],
		decimals: 1
	},
	{
		id: 'individual_to_enterprise',
		lead: ['完成“个转企”'],
		unit: '家',
		range: [5, 120],
		decimals: 0
	},
	{
		id: 'idle_plants_revitalised',
		lead: ['盘活闲置厂房'],
		unit: '平方米',
		range: [2000, 60000],
		decimals: 0
	},
	{
		id: 'inefficient_land_cleared',
		lead: ['腾退低效用地'],
		unit: '亩',
		range: [20, 600],
		decimals: 0
	},
	{ id: null, lead: ['新建5G基站'], unit: '个', range: [10, 200], decimals: 0 },
	{
		id: null,
		lead: ['改造提升农村公路', '新改建农村公路'],
		unit: '公里',
		range: [3, 60],
		decimals: 1
	},
	{ id: null, lead: ['新增公共停车位'], unit: '个', range: [50, 900], decimals: 0 },
	{ id: null, lead: ['完成老旧小区改造'], unit: '个', range: [1, 9], decimals: 0 },
	{ id: null, lead: ['新建城乡公交候车亭'], unit: '座', range: [5, 40], decimals: 0 },
	{ id: null, lead: ['新建污水管网'], unit: '公里', range: [2, 30], decimals: 1 },
	{ id: null, lead: ['新增城镇就业'], unit: '人', range: [200, 3000], decimals: 0 },
	{ id: null, lead: ['完成农房改造'], unit: '户', range: [20, 400], decimals: 0 },
	{ id: null, lead: ['新建美丽乡村精品村'], unit: '个', range: [1, 6], decimals: 0 },
	{ id: null, lead: ['新增绿化面积'], unit: '平方米', range: [5000, 90000], decimals: 0 },
	{ id: null, lead: ['完成植树造林'], unit: '亩', range: [100, 3000], decimals: 0 },
	{ id: null, lead: ['新建农村文化礼堂'], unit: '个', range: [1, 8], decimals: 0 },
	{ id: null, lead: ['新增养老床位'], unit: '张', range: [20, 300], decimals: 0 },
	{ id: null, lead: ['新增幼儿园学位'], unit: '个', range: [60, 900], decimals: 0 },
	{ id: null, lead: ['完成危旧房治理'], unit: '幢', range: [5, 120], decimals: 0 },
	{
		id: 'village_collective_income',
		lead: ['村级集体经济收入达到'],
		unit: '万元',
		range: [300, 9000],
		decimals: 0
	},
	{
		id: 'rd_expenditure',
		lead: ['规上工业研发费用达到'],
		unit: '亿元',
		range: [0.2, 8],
		decimals: 2
	}
];

/** Sentences without catalogue figures: the body of a report between the figures. */
export const FILLER = [
	'坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,统筹发展和安全。',
	'深入实施乡村振兴战略,持续改善农村人居环境,推动城乡融合发展迈出新步伐。',
	'持续优化营商环境,深化“放管服”改革,企业办事更加便捷高效。',
	'扎实推进基层治理现代化,矛盾纠纷多元化解机制不断完善,社会大局和谐稳定。',
	'坚决守牢安全生产底线,常态化开展隐患排查整治,群众安全感持续提升。',
	'积极推进生态文明建设,河湖长制全面落实,空气质量持续改善。',
	'教育、医疗、养老等民生事业协调发展,群众获得感、幸福感、安全感不断增强。',
	'着力加强政府自身建设,自觉接受人大依法监督,认真办理代表建议。',
	'大力弘扬优秀传统文化,群众性文化活动丰富多彩,文明创建成果不断巩固。',
	'聚焦主导产业,推动传统产业改造提升,培育壮大新兴产业集群。',
	'强化要素保障,盘活存量资源,为重大项目落地创造良好条件。',
	'全面落实过紧日子要求,严控一般性支出,集中财力保障重点领域。'
];

/** Sentences with numbers that are not targets or results of the catalogue (distractors). */
export const NUMBERED_FILLER: Array<(n: number) => string> = [
	(n) => `开展企业走访${n}余次,帮助解决实际困难${Math.max(1, Math.round(n / 4))}个。`,
	(n) => `组织各类培训${n}场次,参训人员${n * 12}人次。`,
	(n) => `办理人大代表建议${Math.max(3, n % 60)}件,办复率100%。`,
	(n) => `排查整改各类隐患${n * 3}处,整改率达到98%以上。`,
	(n) => `发放各类救助资金${(n / 10).toFixed(1)}万元,惠及困难群众${n}户。`
];

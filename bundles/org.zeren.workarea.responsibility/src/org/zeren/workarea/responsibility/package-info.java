/**
 * The responsibility-system work area (安全生产责任体系): the backbone of the work-safety
 * responsibility system that every other work area links its duties to.
 * <p>
 * {@link org.zeren.workarea.responsibility.ResponsibilitySystemWorkArea} is a Declarative
 * Services component offering a {@link org.zeren.core.spi.WorkAreaContribution}. Its duty
 * templates define the anchors of all responsibility chains, with codes fixed by convention so
 * that other work areas can name them as upstream duties:
 * <ul>
 * <li>{@code RS-C-01} (committee): 统筹协调本辖区安全生产工作，落实党政同责、一岗双责、失职追责;</li>
 * <li>{@code RS-D-01} (supervisory department): 按照“三个必须”依法履行本行业领域安全生产监督管理职责;</li>
 * <li>{@code RS-E-01} (production and business entity): 落实安全生产主体责任（一必须五到位）;</li>
 * <li>{@code RS-P-01} (principal-leader post): 主要负责人对本单位安全生产工作全面负责.</li>
 * </ul>
 * Sources: 绿建区2017年安全生产工作要点 第1项至第3项; 《中华人民共和国安全生产法》(2021修正);
 * 《地方党政领导干部安全生产责任制规定》(2018); 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016).
 */
package org.zeren.workarea.responsibility;
